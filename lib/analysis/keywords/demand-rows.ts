import type { Platform } from '../../model/page';
import type { MetricRow } from '../../model/records';
import { itemPlatformOf } from '../../model/item-platform';
import { isoDaysBetween } from '../../text/china-date';

/** A search term's newest demand figures and the capture before them (another, earlier period). */
export interface DemandCapture {
  term: string;
  latest: MetricRow;
  previous: MetricRow | null;
}

/**
 * Whether a metrics row carries search demand: every market row (生意参谋 市场 搜索分析 / 搜索排行 / 搜索词查询),
 * and own search-term rows that carry the market's search index (1688 生意参谋 搜索词 shows 搜索指数 beside my
 * shop's visitors).
 */
export function isDemandRow(row: MetricRow): boolean {
  return row.scope === 'market' || (row.scope === 'term' && row.searchIndex !== null);
}

/** Newest period first: by end, then start, then the newer capture. */
function newestFirst(a: MetricRow, b: MetricRow): number {
  return b.periodEnd.localeCompare(a.periodEnd) || b.periodStart.localeCompare(a.periodStart) || b.capturedAt - a.capturedAt;
}

/**
 * Per search term of one platform's 生意参谋 (Tmall reads Taobao's), its newest demand row and the newest row
 * of an earlier period ("change against the previous capture"). A market row is preferred to an own
 * search-term row for the same term: it is what the whole market searched, which is what demand means here.
 * `platform` null takes every platform (the CLI reads one file).
 */
export function pickDemandCaptures(rows: readonly MetricRow[], platform: Platform | null): DemandCapture[] {
  // Tmall shops read Taobao's 生意参谋 (sycm.taobao.com reports its pages as "taobao"): one family of demand.
  const family = platform && itemPlatformOf(platform);
  const byTerm = new Map<string, MetricRow[]>();
  for (const row of rows) {
    if (!isDemandRow(row) || (family && itemPlatformOf(row.platform) !== family)) continue;
    const term = row.subject.trim();
    if (!term) continue;
    const list = byTerm.get(term) ?? [];
    list.push(row);
    byTerm.set(term, list);
  }
  const out: DemandCapture[] = [];
  for (const [term, list] of byTerm) {
    const market = list.filter((r) => r.scope === 'market');
    const chosen = (market.length ? market : list).sort(newestFirst);
    const latest = chosen[0]!;
    // An earlier period, of the same length when there is one (a week against a week, not against a month).
    const earlier = chosen.filter((r) => r.periodEnd < latest.periodEnd);
    const previous = earlier.find((r) => periodDays(r) === periodDays(latest)) ?? earlier[0] ?? null;
    out.push({ term, latest, previous });
  }
  return out;
}

/** Days a period spans (both ends counted); NaN for a period that is not two ISO dates. */
function periodDays(row: Pick<MetricRow, 'periodStart' | 'periodEnd'>): number {
  return isoDaysBetween(row.periodStart, row.periodEnd) + 1;
}
