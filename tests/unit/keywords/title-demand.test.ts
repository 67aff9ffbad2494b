import { describe, expect, it } from 'vitest';
import { demandCarried, demandWeight, productHeads } from '../../../lib/analysis/keywords/title-demand';
import { benchmarkOfSnapshot, prepareTitleBenchmark } from '../../../lib/analysis/title-benchmark';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { nodeSegmenter } from '../../support/segmenter';

/** Ten competitor titles: 宽松 in 5, 潮牌 in 3, 加绒 in 2 (连帽卫衣 and 女 in all). */
const SNAPSHOT = {
  platform: 'taobao' as const,
  keyword: '连帽卫衣女',
  items: [
    ...Array.from({ length: 5 }, () => ({ title: '连帽卫衣女宽松', sales: 100 })),
    ...Array.from({ length: 3 }, () => ({ title: '连帽卫衣女潮牌', sales: 100 })),
    ...Array.from({ length: 2 }, () => ({ title: '连帽卫衣女加绒', sales: 100 })),
  ],
};
const DEMAND = [
  { term: '连帽卫衣女宽松', searchPopularity: 1000, onlineItems: 50000 },
  { term: '连帽卫衣女加绒', searchPopularity: 900, onlineItems: 8000 },
  { term: '潮牌连帽卫衣', searchPopularity: 100, onlineItems: 2000 },
  // Not about this product: never counted.
  { term: '男士洗面奶', searchPopularity: 5000, onlineItems: 100 },
];
const TITLE = '连帽卫衣女';

function prepare(demand: Parameters<typeof prepareTitleBenchmark>[3] = []) {
  return prepareTitleBenchmark(benchmarkOfSnapshot(SNAPSHOT), nodeSegmenter(), DEFAULT_SETTINGS, demand);
}

describe('demand-aware titles (hand-computed)', () => {
  it('a term is about the product when it has the keyword, the core word or its product tail (卫衣 of 连帽卫衣)', () => {
    expect(productHeads('连帽卫衣女', '连帽卫衣')).toEqual(['连帽卫衣女', '连帽卫衣', '卫衣']);
  });

  it('without demand the missing words follow the titles: 宽松 (5), 潮牌 (3), 加绒 (2)', () => {
    const score = prepare().score(TITLE);
    expect(score.missing.map((m) => [m.word, m.evidence])).toEqual([
      ['宽松', '5/10 个标题'],
      ['潮牌', '3/10 个标题'],
      ['加绒', '2/10 个标题'],
    ]);
  });

  it('with demand they rank by demand × (1 − share of titles): 加绒 900 × 0.8 = 720, 宽松 1000 × 0.5 = 500, 潮牌 100 × 0.7 = 70', () => {
    const benchmark = prepare(DEMAND);
    expect(benchmark.demand).toEqual({ terms: 3 });
    const score = benchmark.score(TITLE);
    expect(score.missing.map((m) => [m.word, m.evidence])).toEqual([
      ['加绒', '2/10 个标题 · 搜索人气 900'],
      ['宽松', '5/10 个标题 · 搜索人气 1,000'],
      ['潮牌', '3/10 个标题 · 搜索人气 100'],
    ]);
    expect(demandWeight({ share: 0.2, searchPopularity: 900 })).toBeCloseTo(720, 10);
  });

  it('the bank shows each word’s demand (the inheritance sum over the terms containing it)', () => {
    const bank = prepare(DEMAND).bank;
    const demand = Object.fromEntries(bank.words.map((w) => [w.word, w.searchPopularity]));
    // 连帽卫衣: all three terms; 女: the two terms that cut it as a word of its own.
    expect(demand).toMatchObject({ 连帽卫衣: 2000, 女: 1900, 宽松: 1000, 加绒: 900, 潮牌: 100 });
    expect(bank.demand).toEqual({ terms: 3 });
  });

  it('search terms carry bank words whatever the case of their Latin letters (t恤男 → T恤)', () => {
    const tees = {
      platform: 'taobao' as const,
      keyword: 'T恤男',
      items: Array.from({ length: 6 }, (_, i) => ({ title: i % 2 ? 'T恤男纯棉短袖' : 'T恤男宽松', sales: 10 })),
    };
    const bank = prepareTitleBenchmark(benchmarkOfSnapshot(tees), nodeSegmenter(), DEFAULT_SETTINGS, [
      { term: 't恤男纯棉', searchPopularity: 700, onlineItems: 100 },
      { term: 'T恤男宽松', searchPopularity: 300, onlineItems: 100 },
    ]).bank;
    expect(bank.words.find((w) => w.word === 'T恤')?.searchPopularity).toBe(1000);
    expect(bank.demand).toEqual({ terms: 2 });
  });

  it('coverage deductions name demand too; the score itself is the same', () => {
    const plain = prepare().score(TITLE);
    const aware = prepare(DEMAND).score(TITLE);
    expect(aware.score).toBe(plain.score);
    const reasons = aware.deductions.filter((d) => d.part === 'coverage').map((d) => d.reason);
    expect(reasons).toContain('缺少高频词“加绒”（2/10 个标题使用 · 搜索人气 900）');
    expect(plain.deductions.filter((d) => d.part === 'coverage').map((d) => d.reason)).toContain('缺少高频词“加绒”（2/10 个标题使用）');
  });

  it('proposals pick the word worth most first: pattern H (core, then attributes) writes 加绒 before 宽松', () => {
    const h = (b: ReturnType<typeof prepare>) => b.proposals.find((p) => p.pattern === 'H')?.title;
    // Attributes in bank order (titles): 宽松 (5), 加绒 (2); by demand weight: 加绒 (720), 宽松 (500).
    expect(h(prepare())).toBe('连帽卫衣女宽松加绒潮牌');
    expect(h(prepare(DEMAND))).toBe('连帽卫衣女加绒宽松潮牌');
  });

  it('of proposals that score alike, the one carrying more demand, earlier, comes first', () => {
    const aware = prepare(DEMAND);
    const words = aware.bank.words;
    const proposals = aware.proposals;
    for (let i = 1; i < proposals.length; i++) {
      if (proposals[i]!.score !== proposals[i - 1]!.score) continue;
      expect(demandCarried(proposals[i - 1]!.title, words)).toBeGreaterThanOrEqual(demandCarried(proposals[i]!.title, words));
    }
    // 宽松 at 0 (500) and 加绒 at 2 of 11 (720 × 9/11) beat 潮牌 first (70) with 宽松 at 7 of 11.
    expect(demandCarried('宽松加绒连帽卫衣女潮牌', words)).toBeGreaterThan(demandCarried('潮牌连帽卫衣女宽松加绒', words));
  });

  it('demand about other products only changes nothing', () => {
    const plain = prepare();
    const other = prepare([{ term: '男士洗面奶', searchPopularity: 5000, onlineItems: 100 }]);
    expect(other.demand).toBeNull();
    expect(other.bank).toEqual(plain.bank);
    expect(other.score(TITLE)).toEqual(plain.score(TITLE));
    expect(other.proposals).toEqual(plain.proposals);
  });
});
