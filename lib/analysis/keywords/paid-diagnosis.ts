import { compareText } from '../../text/compare-text';
import type { PaidKeywordRow } from '../../model/records';
import { addIsoDays, chinaIsoDate, isoDaysBetween } from '../../text/china-date';

/** The windows the seed judges paid keywords on (method 6): 1, 3, 7, 14 and 28 days. */
export const PAID_WINDOWS = [1, 3, 7, 14, 28] as const;
export type PaidWindowDays = (typeof PAID_WINDOWS)[number];

/**
 * What one window says about a keyword:
 * - no-data: no report row in the window;
 * - no-exposure: (almost) nobody saw it → 提高出价或换词;
 * - low-ctr: seen but rarely clicked → 优化主图;
 * - no-conversion: clicked enough, never bought → 优化详情页;
 * - watch: clicked too little to judge conversion yet;
 * - low-roi: sells, but the sales are below the spend;
 * - good: sells at an ROI of at least the threshold.
 */
export type PaidVerdict = 'no-data' | 'no-exposure' | 'low-ctr' | 'no-conversion' | 'watch' | 'low-roi' | 'good';

export const PAID_ACTIONS: Record<PaidVerdict, string> = {
  'no-data': '这段时间没有数据',
  'no-exposure': '提高出价或换词',
  'low-ctr': '优化主图',
  'no-conversion': '优化详情页',
  watch: '点击还少，继续观察',
  'low-roi': '降低出价或提高转化',
  good: '保持，可适当加价',
};

/** Verdicts that decide an action (the others ask for more data). */
const DECISIVE: ReadonlySet<PaidVerdict> = new Set(['no-exposure', 'low-ctr', 'no-conversion', 'low-roi', 'good']);

export interface PaidThresholds {
  /** Below this many impressions a keyword is not being shown: raise the bid or change the word. */
  minImpressions: number;
  /** A click rate below this is low (domain-rules.md §4: keyword CTR < 1 % is weak). */
  lowCtr: number;
  /** At least this many clicks before "no order" means the detail page does not convert. */
  minClicks: number;
  /** ROI (成交金额 ÷ 花费) below this loses money on the keyword. */
  minRoi: number;
}

export const DEFAULT_PAID_THRESHOLDS: PaidThresholds = { minImpressions: 100, lowCtr: 0.01, minClicks: 20, minRoi: 1 };

export interface PaidWindow {
  days: PaidWindowDays;
  /** First and last day of the window (ISO, China days). */
  start: string;
  end: string;
  /** null when the report has no 展现量/曝光量 column: exposure and click rate are then not judged. */
  impressions: number | null;
  clicks: number;
  cost: number;
  orders: number;
  amount: number;
  /** clicks ÷ impressions. */
  ctr: number | null;
  /** cost ÷ clicks (平均点击花费). */
  cpc: number | null;
  /** orders ÷ clicks. */
  conversion: number | null;
  /** 投入产出比 = 成交金额 ÷ 花费. */
  roi: number | null;
  verdict: PaidVerdict;
  /** The verdict in words, with the figures behind it. */
  reason: string;
}

export interface PaidKeywordDiagnosis {
  keyword: string;
  windows: PaidWindow[];
  verdict: PaidVerdict;
  /** What to do: 优化主图, 优化详情页, 提高出价或换词 … */
  action: string;
  /** The window the action comes from. */
  basisDays: PaidWindowDays | null;
  reason: string;
}

export interface PaidDiagnosis {
  /** The last day the windows end on: the newest report day, not after today. */
  asOf: string | null;
  keywords: PaidKeywordDiagnosis[];
}

type PaidFigures = Pick<PaidKeywordRow, 'keyword' | 'periodStart' | 'periodEnd' | 'impressions' | 'clicks' | 'cost' | 'orders' | 'amount'>;

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** The verdict of one window's sums (in the order of the seed: exposure, then clicks, then conversion). */
export function judgeWindow(
  sums: Pick<PaidWindow, 'impressions' | 'clicks' | 'orders' | 'cost' | 'amount'>,
  rows: number,
  t: PaidThresholds = DEFAULT_PAID_THRESHOLDS,
): { verdict: PaidVerdict; reason: string } {
  const { impressions, clicks, orders, cost, amount } = sums;
  if (!rows) return { verdict: 'no-data', reason: '没有报表数据' };
  // A report without impressions says nothing about exposure: judge on clicks, conversion and ROI only.
  if (impressions !== null) {
    if (impressions < t.minImpressions)
      return { verdict: 'no-exposure', reason: `展现 ${impressions}，不到 ${t.minImpressions}：几乎没人看到` };
    const ctr = clicks / impressions;
    if (ctr < t.lowCtr)
      return { verdict: 'low-ctr', reason: `展现 ${impressions}，点击率 ${pct(ctr)} 低于 ${pct(t.lowCtr)}：主图不吸引人` };
  }
  if (!orders) {
    return clicks >= t.minClicks
      ? { verdict: 'no-conversion', reason: `点击 ${clicks} 次没有成交：详情页没留住人` }
      : { verdict: 'watch', reason: `点击 ${clicks} 次，不到 ${t.minClicks} 次，还看不出转化` };
  }
  const roi = cost ? amount / cost : null;
  if (roi !== null && roi < t.minRoi) return { verdict: 'low-roi', reason: `投入产出比 ${roi.toFixed(2)} 低于 ${t.minRoi}：花的比卖的多` };
  return { verdict: 'good', reason: `成交 ${orders} 笔，投入产出比 ${roi === null ? '—（没有花费）' : roi.toFixed(2)}` };
}

/**
 * Paid keyword diagnosis over the 1/3/7/14/28-day windows (seed method 6). The windows end on the newest
 * report day that is not after `now` (China days), so yesterday's report is judged whole. A row counts in a
 * window when its whole period lies inside (a report summed over a week only counts in windows of a week or
 * more). Each keyword's action comes from the 7-day window (1 day is noisy, 30 bring in other seasons,
 * domain-rules.md §4), else from the next window that decides (14, 28, 3, 1); a keyword with too little
 * data in all of them is to be watched. Keywords are summed over campaigns and units.
 */
export function diagnosePaidKeywords(rows: readonly PaidFigures[], now: number, thresholds: Partial<PaidThresholds> = {}): PaidDiagnosis {
  const t = { ...DEFAULT_PAID_THRESHOLDS, ...thresholds };
  const today = chinaIsoDate(now);
  const usable = rows.filter((r) => r.periodEnd <= today && r.periodStart <= r.periodEnd);
  const asOf = usable.reduce<string | null>((max, r) => (max === null || r.periodEnd > max ? r.periodEnd : max), null);
  if (asOf === null) return { asOf: null, keywords: [] };
  const byKeyword = new Map<string, PaidFigures[]>();
  for (const r of usable) {
    const list = byKeyword.get(r.keyword) ?? [];
    list.push(r);
    byKeyword.set(r.keyword, list);
  }
  for (const [keyword, list] of byKeyword) byKeyword.set(keyword, dropOverlapping(list));

  const keywords = [...byKeyword].map(([keyword, list]): PaidKeywordDiagnosis => {
    const windows = PAID_WINDOWS.map((days): PaidWindow => {
      const start = addIsoDays(asOf, -(days - 1));
      const inside = list.filter((r) => r.periodStart >= start && r.periodEnd <= asOf);
      const sum = (pick: (r: PaidFigures) => number | null): number => inside.reduce((s, r) => s + (pick(r) ?? 0), 0);
      const sums = {
        impressions: inside.some((r) => r.impressions !== null) ? sum((r) => r.impressions) : null,
        clicks: sum((r) => r.clicks),
        cost: round(
          sum((r) => r.cost),
          2,
        ),
        orders: sum((r) => r.orders),
        amount: round(
          sum((r) => r.amount),
          2,
        ),
      };
      return {
        days,
        start,
        end: asOf,
        ...sums,
        ctr: sums.impressions ? round(sums.clicks / sums.impressions) : null,
        cpc: sums.clicks ? round(sums.cost / sums.clicks, 2) : null,
        conversion: sums.clicks ? round(sums.orders / sums.clicks) : null,
        roi: sums.cost ? round(sums.amount / sums.cost, 2) : null,
        ...judgeWindow(sums, inside.length, t),
      };
    });
    const basis =
      [7, 14, 28, 3, 1].map((d) => windows.find((w) => w.days === d)!).find((w) => DECISIVE.has(w.verdict)) ??
      [...windows].reverse().find((w) => w.verdict !== 'no-data') ??
      null;
    const verdict = basis?.verdict ?? 'no-data';
    return {
      keyword,
      windows,
      verdict,
      action: PAID_ACTIONS[verdict],
      basisDays: basis?.days ?? null,
      reason: basis ? `近 ${basis.days} 天：${basis.reason}` : describeNoWindow(list),
    };
  });
  // Problems first (the order of the seed's checks), then the keywords that sell; by spend within each.
  const rank: Record<PaidVerdict, number> = {
    'no-exposure': 0,
    'low-ctr': 1,
    'no-conversion': 2,
    'low-roi': 3,
    watch: 4,
    good: 5,
    'no-data': 6,
  };
  keywords.sort((a, b) => rank[a.verdict] - rank[b.verdict] || spend(b) - spend(a) || compareText(a.keyword, b.keyword));
  return { asOf, keywords };
}

/**
 * A keyword's rows without double counting: exports of overlapping ranges (a 7-day and a 14-day report of the
 * same keyword, both stored) would add the same days twice. Shortest periods are kept first (daily rows are
 * the finest), and a row overlapping one already kept is left out.
 */
function dropOverlapping(rows: readonly PaidFigures[]): PaidFigures[] {
  const kept: PaidFigures[] = [];
  const byLength = [...rows].sort((a, b) => isoDaysBetween(a.periodStart, a.periodEnd) - isoDaysBetween(b.periodStart, b.periodEnd));
  for (const row of byLength) {
    if (!kept.some((k) => row.periodStart <= k.periodEnd && k.periodStart <= row.periodEnd)) kept.push(row);
  }
  return kept;
}

/** Why no window could judge a keyword: no rows, or only reports summed over more days than the longest window. */
function describeNoWindow(rows: readonly PaidFigures[]): string {
  const longest = Math.max(0, ...rows.map((r) => isoDaysBetween(r.periodStart, r.periodEnd) + 1));
  const widest = PAID_WINDOWS[PAID_WINDOWS.length - 1]!;
  return longest > widest ? `报表按 ${longest} 天汇总，超过 ${widest} 天，无法拆到 1/3/7/14/28 天：请导出按天的报表` : '没有报表数据';
}

function spend(k: PaidKeywordDiagnosis): number {
  return k.windows.find((w) => w.days === 28)?.cost ?? 0;
}
