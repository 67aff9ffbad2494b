import { describe, expect, it } from 'vitest';
import { diagnosePaidKeywords, judgeWindow, PAID_ACTIONS } from '../../../lib/analysis/keywords/paid-diagnosis';
import { apportion, buildPaidPlan, chooseCoreWord, normaliseShares } from '../../../lib/analysis/keywords/paid-plan';
import type { KeywordTerm } from '../../../lib/analysis/keywords/keyword-table';
import { nodeSegmenter } from '../../support/segmenter';
import { aggregateRoots } from '../../../lib/analysis/shop/roots';

const NO_FIGURES = { exposure: null, visitors: null, clicks: null, payingBuyers: null, amount: null };

function term(name: string, searchPopularity: number, onlineItems: number, conversionRate = 0.05): KeywordTerm {
  return {
    term: name,
    searchPopularity,
    onlineItems,
    competition: searchPopularity / onlineItems,
    clickRate: 1,
    conversionRate,
    searchHeat: null,
    tradeIndex: null,
    ztcPrice: null,
    periodStart: '2026-11-18',
    periodEnd: '2026-11-24',
    previous: null,
    popularityChange: null,
    blueOcean: false,
  };
}

// 竞争度: 0.03, 0.3, 1.125, 0.3, 0.03, 0.3 → top third (2nd of 6) at 0.3. 搜索人气 top third at 9000.
const TERMS = [
  term('连帽卫衣女', 12000, 400000),
  term('连帽卫衣女加绒', 6000, 20000, 0.08),
  term('卫衣女宽松', 9000, 8000),
  term('重磅卫衣', 3000, 10000),
  term('加绒卫衣', 1500, 50000, 0.02),
  term('男童卫衣', 600, 2000),
];

describe('paid-search plan shares (seed method 6: about 30 / 60 / 10)', () => {
  it('splits the size by largest remainder so the groups add up exactly', () => {
    expect(apportion(10, normaliseShares())).toEqual({ big: 3, longTail: 6, precise: 1 });
    // 2.1, 4.2, 0.7 → 2, 4, 0 and the one left goes to the largest remainder (0.7)
    expect(apportion(7, normaliseShares())).toEqual({ big: 2, longTail: 4, precise: 1 });
    expect(apportion(20, normaliseShares({ big: 50, longTail: 50, precise: 0 }))).toEqual({ big: 10, longTail: 10, precise: 0 });
  });

  it('shares in any unit are normalised; all zero falls back to the defaults', () => {
    expect(normaliseShares({ big: 30, longTail: 60, precise: 10 })).toEqual({ big: 0.3, longTail: 0.6, precise: 0.1 });
    expect(normaliseShares({ big: 0, longTail: 0, precise: 0 })).toEqual({ big: 0.3, longTail: 0.6, precise: 0.1 });
  });

  it('the core word defaults to the root in most terms (卫衣: 4 terms)', () => {
    expect(chooseCoreWord(TERMS, nodeSegmenter())).toBe('卫衣');
  });

  it('groups by the rules, each word with its reason, filled to the shares of 10 (3 / 6 / 1)', () => {
    const plan = buildPaidPlan(TERMS, nodeSegmenter(), { size: 10, productWords: ['加绒'] });
    expect(plan.coreWord).toBe('卫衣');
    expect(plan.targets).toEqual({ big: 3, longTail: 6, precise: 1 });
    // 精准词: 卫衣 + 加绒 — 连帽卫衣女加绒 (conversion 8 %) before 加绒卫衣 (2 %), one place.
    expect(plan.precise.map((w) => w.term)).toEqual(['连帽卫衣女加绒']);
    expect(plan.precise[0]!.reason).toBe('精准词：核心词“卫衣”+ 我的商品属性“加绒”');
    // 大词: two words and 搜索人气 ≥ 9000.
    expect(plan.big.map((w) => w.term)).toEqual(['连帽卫衣女']);
    expect(plan.big[0]!.reason).toBe('大词：2 个词，搜索人气 12,000（前三分之一）');
    // 长尾词: three words (卫衣女宽松), or 竞争度 ≥ 0.3 (重磅卫衣, 男童卫衣); by 竞争度.
    expect(plan.longTail.map((w) => w.term)).toEqual(['卫衣女宽松', '重磅卫衣', '男童卫衣']);
    expect(plan.longTail[0]!.reason).toBe('长尾词：3 个词（卫衣 + 女 + 宽松）');
    expect(plan.longTail[1]!.reason).toBe('长尾词：竞争度 0.3（前三分之一，竞争小）');
    expect(plan.short).toEqual({ big: 2, longTail: 3, precise: 0 });
    expect(plan.left).toEqual([{ term: '加绒卫衣', reason: '精准词候选，排在 1 个名额之后（可加大计划词数）' }]);
  });

  it('without my product words a precise word is the core word with a dictionary 属性词', () => {
    const plan = buildPaidPlan(TERMS, nodeSegmenter(), { size: 10, coreWord: '连帽卫衣' });
    expect(plan.precise.map((w) => w.term)).toEqual(['连帽卫衣女加绒']);
    expect(plan.precise[0]!.reason).toContain('属性词（没填我的商品属性，按词典的属性词）“加绒”');
  });
});

describe('paid keyword diagnosis over 1/3/7/14/28 days (hand-computed)', () => {
  const NOW = Date.UTC(2026, 10, 25, 4); // 2026-11-25 12:00 in China
  const days = (from: number, to: number): string[] =>
    Array.from({ length: to - from + 1 }, (_, i) => `2026-11-${String(from + i).padStart(2, '0')}`);
  const daily = (
    keyword: string,
    dates: string[],
    f: { impressions: number; clicks: number; cost: number; orders: number; amount: number },
  ) => dates.map((d) => ({ keyword, periodStart: d, periodEnd: d, ...f }));
  const ROWS = [
    ...daily('卖得好', days(18, 24), { impressions: 1000, clicks: 30, cost: 36, orders: 2, amount: 118 }),
    ...daily('没人点', days(18, 24), { impressions: 800, clicks: 4, cost: 4.8, orders: 0, amount: 0 }),
    ...daily('不成交', days(18, 24), { impressions: 500, clicks: 10, cost: 12, orders: 0, amount: 0 }),
    ...daily('没展现', days(18, 24), { impressions: 5, clicks: 0, cost: 0, orders: 0, amount: 0 }),
    ...daily('刚开始', days(23, 24), { impressions: 200, clicks: 4, cost: 4.8, orders: 0, amount: 0 }),
    // A week summed in one row: it counts in the 7-, 14- and 28-day windows only.
    { keyword: '亏钱', periodStart: '2026-11-18', periodEnd: '2026-11-24', impressions: 2000, clicks: 40, cost: 80, orders: 1, amount: 50 },
    // A day after today (a wrong clock or file): left out, the windows still end on 11-24.
    { keyword: '卖得好', periodStart: '2026-11-26', periodEnd: '2026-11-26', impressions: 9e6, clicks: 9e6, cost: 0, orders: 0, amount: 0 },
  ];
  const result = diagnosePaidKeywords(ROWS, NOW);
  const get = (k: string) => result.keywords.find((x) => x.keyword === k)!;
  const win = (k: string, d: number) => get(k).windows.find((w) => w.days === d)!;

  it('windows end on the newest report day not after today', () => {
    expect(result.asOf).toBe('2026-11-24');
    expect(win('卖得好', 1)).toMatchObject({ start: '2026-11-24', end: '2026-11-24' });
    expect(win('卖得好', 28)).toMatchObject({ start: '2026-10-28', end: '2026-11-24' });
  });

  it('sums, rates and ROI per window', () => {
    expect(win('卖得好', 7)).toMatchObject({
      impressions: 7000,
      clicks: 210,
      cost: 252,
      orders: 14,
      amount: 826,
      ctr: 0.03,
      cpc: 1.2,
      roi: 3.28,
    });
    expect(win('卖得好', 3)).toMatchObject({ impressions: 3000, clicks: 90, cost: 108, orders: 6, amount: 354 });
    // Only the last two days exist: the 14- and 28-day windows hold the same two days.
    expect(win('刚开始', 28)).toMatchObject({ impressions: 400, clicks: 8, cost: 9.6 });
    expect(win('亏钱', 3).verdict).toBe('no-data');
    expect(win('亏钱', 7)).toMatchObject({ impressions: 2000, roi: 0.63 });
  });

  it('the action per keyword, from the 7-day window, in the seed’s order of checks', () => {
    expect(get('没展现')).toMatchObject({ verdict: 'no-exposure', action: '提高出价或换词', basisDays: 7 });
    expect(get('没人点')).toMatchObject({ verdict: 'low-ctr', action: '优化主图', basisDays: 7 });
    expect(get('不成交')).toMatchObject({ verdict: 'no-conversion', action: '优化详情页', basisDays: 7 });
    expect(get('亏钱')).toMatchObject({ verdict: 'low-roi', action: PAID_ACTIONS['low-roi'], basisDays: 7 });
    expect(get('卖得好')).toMatchObject({ verdict: 'good', basisDays: 7 });
    // 8 clicks in any window: too few to judge, in all of them; the longest window with data is the basis.
    expect(get('刚开始')).toMatchObject({ verdict: 'watch', basisDays: 28 });
    expect(get('没人点').reason).toBe('近 7 天：展现 5600，点击率 0.50% 低于 1.00%：主图不吸引人');
    // 1 day of 不成交: 10 clicks, not yet enough to call it the detail page.
    expect(win('不成交', 1).verdict).toBe('watch');
    expect(result.keywords.map((k) => k.verdict)).toEqual(['no-exposure', 'low-ctr', 'no-conversion', 'low-roi', 'watch', 'good']);
  });

  it('thresholds are adjustable and a window without rows is no data', () => {
    expect(judgeWindow({ impressions: 0, clicks: 0, orders: 0, cost: 0, amount: 0 }, 0).verdict).toBe('no-data');
    expect(
      judgeWindow({ impressions: 50, clicks: 5, orders: 0, cost: 5, amount: 0 }, 1, {
        minImpressions: 10,
        lowCtr: 0.01,
        minClicks: 5,
        minRoi: 1,
      }).verdict,
    ).toBe('no-conversion');
    expect(diagnosePaidKeywords([], NOW)).toEqual({ asOf: null, keywords: [] });
  });

  it('overlapping range reports of a keyword are not counted twice; a report longer than 28 days says why it cannot be judged', () => {
    const week = {
      keyword: '重叠',
      periodStart: '2026-11-18',
      periodEnd: '2026-11-24',
      impressions: 1000,
      clicks: 50,
      cost: 50,
      orders: 2,
      amount: 200,
    };
    const fortnight = { ...week, periodStart: '2026-11-11', impressions: 2000, clicks: 100, cost: 100, orders: 4, amount: 400 };
    const [k] = diagnosePaidKeywords([week, fortnight], NOW).keywords;
    // The 14-day export holds the same week: only the week is kept (the finer report), not 3000 impressions.
    expect(k!.windows.find((w) => w.days === 14)).toMatchObject({ impressions: 1000, clicks: 50 });
    const month = { ...week, keyword: '月报', periodStart: '2026-10-25', impressions: 50_000, clicks: 20 };
    expect(diagnosePaidKeywords([month], NOW).keywords[0]).toMatchObject({
      verdict: 'no-data',
      reason: expect.stringContaining('按 31 天汇总'),
    });
  });

  it('a report without an impressions column is judged on clicks, conversion and ROI, never as "no exposure"', () => {
    const rows = days(18, 24).map((d) => ({
      keyword: '无展现列',
      periodStart: d,
      periodEnd: d,
      impressions: null,
      clicks: 90,
      cost: 100,
      orders: 4,
      amount: 1300,
    }));
    const [k] = diagnosePaidKeywords(rows, NOW).keywords;
    expect(k!.windows.find((w) => w.days === 7)).toMatchObject({ impressions: null, ctr: null, clicks: 630, roi: 13 });
    expect(k).toMatchObject({ verdict: 'good', basisDays: 7 });
  });
});

describe('Latin letters in any case in search terms', () => {
  it('one root and one core word for t恤 and T恤; every T恤 term with an attribute is 精准词', () => {
    const terms = [term('t恤男纯棉', 500, 100), term('T恤男纯棉', 400, 100), term('T恤男宽松', 300, 100), term('卫衣', 200, 100)];
    expect(
      aggregateRoots(
        terms.map((t) => ({ ...NO_FIGURES, term: t.term, searchIndex: t.searchPopularity, competingItems: t.onlineItems })),
        nodeSegmenter(),
      )
        .filter((r) => r.root.toLowerCase() === 't恤')
        .map((r) => [r.root, r.terms]),
    ).toEqual([['T恤', 3]]);
    expect(chooseCoreWord(terms, nodeSegmenter())?.toLowerCase()).toBe('t恤');
    const plan = buildPaidPlan(terms, nodeSegmenter(), { shares: { big: 0, longTail: 0, precise: 1 }, productWords: ['纯棉', '宽松'] });
    expect(plan.precise.map((w) => w.term).sort()).toEqual(['T恤男宽松', 'T恤男纯棉', 't恤男纯棉'].sort());
  });
});
