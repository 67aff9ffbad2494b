import { describe, expect, it } from 'vitest';
import { bottomThirdEdge, markBlueOcean, topThirdEdge } from '../../../lib/analysis/keywords/blue-ocean';
import { pickDemandCaptures } from '../../../lib/analysis/keywords/demand-rows';
import { buildKeywordTable, competitionOf } from '../../../lib/analysis/keywords/keyword-table';
import type { MetricRow } from '../../../lib/model/records';
import { nodeSegmenter } from '../../support/segmenter';
import { NO_MARKET_FIGURES } from '../../../lib/sites/backoffice/sycm';

let nextId = 1;
/** A market search-term row as 生意参谋 搜索分析 gives it (hand-made figures). */
function market(term: string, popularity: number, items: number, extra: Partial<MetricRow> = {}): MetricRow {
  return {
    id: nextId++,
    platform: 'taobao',
    scope: 'market',
    subject: term,
    periodStart: '2026-11-18',
    periodEnd: '2026-11-24',
    exposure: null,
    visitors: null,
    clicks: null,
    ctr: 1.1,
    conversion: 0.05,
    payingBuyers: null,
    amount: null,
    searchIndex: popularity,
    competingItems: items,
    title: null,
    ...NO_MARKET_FIGURES,
    source: 'page:生意参谋 搜索分析',
    capturedAt: 1_790_000_000_000,
    ...extra,
  };
}

const ROWS: MetricRow[] = [
  market('连帽卫衣女', 12000, 400000),
  market('连帽卫衣女加绒', 6000, 20000),
  market('卫衣女宽松', 9000, 8000),
  market('重磅卫衣', 3000, 10000),
  market('加绒卫衣', 1500, 50000),
  market('男童卫衣', 600, 2000),
  // The week before for 连帽卫衣女 (change), and a month (a different length: not "the previous week").
  market('连帽卫衣女', 10000, 380000, { periodStart: '2026-11-11', periodEnd: '2026-11-17' }),
  market('连帽卫衣女', 40000, 1500000, { periodStart: '2026-10-01', periodEnd: '2026-10-31' }),
  // My own search term for 加绒卫衣 in the same week: the market row is what demand means.
  market('加绒卫衣', 99, 99, { scope: 'term', visitors: 40 }),
  // Another platform's 生意参谋: not this table.
  market('连帽卫衣', 70000, 1000, { platform: '1688' }),
];

describe('竞争度 and the keyword table (hand-computed)', () => {
  it('竞争度 = 搜索人气 ÷ 在线商品数; unknown without either or with no items', () => {
    expect(competitionOf(12000, 4000)).toBe(3);
    expect(competitionOf(9000, 8000)).toBe(1.125);
    expect(competitionOf(null, 4000)).toBeNull();
    expect(competitionOf(12000, 0)).toBeNull();
  });

  it('one row per term of the platform (Tmall reads Taobao’s), newest period, market rows before own terms', () => {
    const captures = pickDemandCaptures(ROWS, 'tmall');
    expect(captures.map((c) => c.term).sort()).toEqual(
      ['加绒卫衣', '卫衣女宽松', '男童卫衣', '连帽卫衣女', '连帽卫衣女加绒', '重磅卫衣'].sort(),
    );
    expect(captures.find((c) => c.term === '加绒卫衣')!.latest.scope).toBe('market');
    const hoodie = captures.find((c) => c.term === '连帽卫衣女')!;
    expect([hoodie.latest.periodStart, hoodie.previous?.periodStart]).toEqual(['2026-11-18', '2026-11-11']);
    expect(pickDemandCaptures(ROWS, '1688').map((c) => c.term)).toEqual(['连帽卫衣']);
  });

  it('terms by demand with 竞争度, rates and the change against the previous week', () => {
    const table = buildKeywordTable(pickDemandCaptures(ROWS, 'taobao'), nodeSegmenter());
    expect(table.terms.map((t) => [t.term, t.searchPopularity, t.onlineItems])).toEqual([
      ['连帽卫衣女', 12000, 400000],
      ['卫衣女宽松', 9000, 8000],
      ['连帽卫衣女加绒', 6000, 20000],
      ['重磅卫衣', 3000, 10000],
      ['加绒卫衣', 1500, 50000],
      ['男童卫衣', 600, 2000],
    ]);
    const hoodie = table.terms[0]!;
    expect(hoodie.competition).toBeCloseTo(0.03, 10);
    expect(hoodie.previous).toMatchObject({ periodStart: '2026-11-11', searchPopularity: 10000, onlineItems: 380000 });
    // (12000 − 10000) ÷ 10000
    expect(hoodie.popularityChange).toBeCloseTo(0.2, 10);
    expect(hoodie).toMatchObject({ clickRate: 1.1, conversionRate: 0.05 });
    expect(table.terms[1]!.popularityChange).toBeNull();
  });

  it('蓝海词: demand in the top third (≥ 9000, the 2nd of 6) and supply in the bottom third (≤ 8000, the 2nd lowest)', () => {
    const table = buildKeywordTable(pickDemandCaptures(ROWS, 'taobao'), nodeSegmenter());
    expect(table.terms.filter((t) => t.blueOcean).map((t) => t.term)).toEqual(['卫衣女宽松']);
  });

  it('roots summed by the inheritance method, 竞争度 of the sums', () => {
    const { roots } = buildKeywordTable(pickDemandCaptures(ROWS, 'taobao'), nodeSegmenter());
    const root = (r: string) => roots.find((x) => x.root === r)!;
    // 卫衣: 卫衣女宽松 + 重磅卫衣 + 加绒卫衣 + 男童卫衣 (连帽卫衣 is a word of its own)
    expect(root('卫衣')).toMatchObject({ terms: 4, searchPopularity: 14100, onlineItems: 70000 });
    expect(root('卫衣').competition).toBeCloseTo(14100 / 70000, 10);
    expect(root('女')).toMatchObject({ terms: 3, searchPopularity: 27000, onlineItems: 428000 });
    expect(root('加绒')).toMatchObject({ terms: 2, searchPopularity: 7500, onlineItems: 70000 });
    expect(roots.map((r) => r.root)).toEqual(['女', '连帽卫衣', '卫衣', '宽松', '加绒', '重磅', '男童']);
    // Demand's top third (≥ 14100: 女, 连帽卫衣, 卫衣) and supply's bottom third (≤ 10000: 男童, 宽松, 重磅) do not meet.
    expect(roots.filter((r) => r.blueOcean)).toEqual([]);
  });
});

describe('thirds', () => {
  it('the edge is the ⌈n/3⌉-th value; ties belong to the third; fewer than 3 values have none', () => {
    expect(topThirdEdge([1, 2, 3, 4, 5, 6, 7])).toBe(5);
    expect(bottomThirdEdge([1, 2, 3, 4, 5, 6, 7])).toBe(3);
    expect(topThirdEdge([5, 5, 5])).toBe(5);
    expect(topThirdEdge([5, 1])).toBeNull();
    expect(
      markBlueOcean([
        { demand: 10, supply: 1 },
        { demand: 10, supply: 9 },
        { demand: 1, supply: 1 },
        { demand: null, supply: 1 },
      ]),
    ).toEqual([true, false, false, false]);
  });

  it('terms of equal 搜索人气 keep one order in every locale (a Chinese browser sorts 啊 before 中; code points do not)', () => {
    const rows = [market('啊卫衣', 500, 100), market('中卫衣', 500, 100), market('卫衣', 900, 100)];
    const original = String.prototype.localeCompare;
    // As in a browser whose default locale is zh-CN.
    String.prototype.localeCompare = function (this: string, that: string): number {
      return original.call(this, that, 'zh-CN');
    };
    try {
      const table = buildKeywordTable(pickDemandCaptures(rows, 'taobao'), nodeSegmenter());
      expect(table.terms.map((t) => t.term)).toEqual(['卫衣', '中卫衣', '啊卫衣']);
    } finally {
      String.prototype.localeCompare = original;
    }
  });
});
