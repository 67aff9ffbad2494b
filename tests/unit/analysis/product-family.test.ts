import { describe, expect, it } from 'vitest';
import { benchmarkOfSnapshot, prepareTitleBenchmark, type TitleBenchmark } from '../../../lib/analysis/title-benchmark';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { nodeSegmenter } from '../../support/segmenter';

// Synthetic titles in the style of a 茶叶 result page: three items (铁观音, 红茶, 绿茶) that no title writes
// together, and 乌龙茶 written with 铁观音 (it is one). Several teas in one title is 关键词堆砌 (domain-rules.md).
const TEA = [
  '安溪铁观音茶叶浓香型乌龙茶新茶礼盒装',
  '铁观音茶叶特级浓香型安溪新茶散装',
  '新茶安溪铁观音茶叶乌龙茶浓香型500g',
  '铁观音茶叶乌龙茶礼盒装送礼特级',
  '正山小种红茶茶叶金骏眉礼盒装特级',
  '金骏眉红茶茶叶散装新茶浓香型',
  '红茶茶叶特级金骏眉礼盒装送礼',
  '明前龙井绿茶茶叶新茶散装',
  '绿茶茶叶龙井新茶特级礼盒装',
  '碧螺春绿茶茶叶新茶浓香型',
];
const seg = nodeSegmenter();
/** A benchmark of one search page's titles (sales alike). */
const benchmarkOf = (keyword: string, titles: readonly string[]): TitleBenchmark =>
  prepareTitleBenchmark(
    benchmarkOfSnapshot({ platform: 'taobao', keyword, items: titles.map((title) => ({ title, sales: 1 })) }),
    seg,
    DEFAULT_SETTINGS,
  );
const tea = benchmarkOf('茶叶', TEA);

describe('one item per title', () => {
  it('proposals never name two items that competitors never write together', () => {
    expect(tea.proposals.length).toBeGreaterThanOrEqual(3);
    for (const p of tea.proposals) {
      const items = ['铁观音', '红茶', '绿茶'].filter((t) => p.title.includes(t));
      expect(items.length, p.title).toBeLessThanOrEqual(1);
    }
    // One item with the words written with it: 铁观音 with 乌龙茶.
    expect(tea.proposals.some((p) => p.title.includes('铁观音') && p.title.includes('乌龙茶'))).toBe(true);
  });

  it('a title that names its item is not asked for another', () => {
    const score = tea.score('安溪铁观音茶叶浓香型');
    const asked = score.missing.map((m) => m.word);
    for (const other of ['红茶', '绿茶', '金骏眉', '龙井']) expect(asked).not.toContain(other);
    // A title that names no item yet may be offered any of them.
    expect(tea.score('茶叶新茶').missing.map((m) => m.word)).toEqual(expect.arrayContaining(['铁观音']));
  });

  it('adding another item never raises the score: it is named as 关键词堆砌', () => {
    const own = '安溪铁观音茶叶浓香型新茶特级礼盒装';
    const base = tea.score(own).score;
    for (const more of ['红茶', '红茶绿茶', '金骏眉']) {
      const stacked = tea.score(own + more);
      expect(stacked.score, more).toBeLessThan(base);
      expect(
        stacked.deductions.some((d) => d.reason.startsWith('关键词堆砌') && d.reason.includes('铁观音')),
        more,
      ).toBe(true);
    }
  });

  it('the keyword names the item: a 红茶 page proposes no other tea', () => {
    const red = [
      '正山小种红茶茶叶金骏眉礼盒装',
      '红茶茶叶特级金骏眉散装',
      '红茶茶叶浓香型送礼',
      '金骏眉红茶茶叶新茶',
      '红茶茶叶正山小种散装',
      '红茶茶叶礼盒装特级',
      '安溪铁观音茶叶浓香型新茶礼盒装',
      '铁观音茶叶特级浓香型散装送礼',
      '铁观音茶叶新茶散装',
      '铁观音茶叶礼盒装浓香型',
    ];
    const bench = benchmarkOf('红茶 茶叶', red);
    expect(bench.proposals.length).toBeGreaterThanOrEqual(3);
    for (const p of bench.proposals) expect(p.title, p.title).not.toContain('铁观音');
  });

  // Seen on the demo's 女包 page: titles write 女包 or 包包, rarely both. Another name of the item is no second item.
  it('a word written instead of the core (包包 for 女包) is no other item', () => {
    const bags = [
      '女包斜挎包新款时尚单肩',
      '女包单肩包百搭小众设计',
      '女包手提包大容量通勤',
      '新款女包斜挎链条小方包',
      '女包真皮单肩腋下包',
      '女包帆布包学生百搭',
      '包包女斜挎新款时尚',
      '包包女单肩百搭小众',
      '包包女手提大容量通勤',
      '包包女链条斜挎小方包',
    ];
    const bench = benchmarkOf('女包', bags);
    const score = bench.score('女包斜挎包包新款时尚');
    expect(score.deductions.some((d) => d.reason.startsWith('关键词堆砌'))).toBe(false);
  });

  it('a product word inside a longer one is the same item (卫衣 in 连帽卫衣)', () => {
    const hoodies = [
      '连帽卫衣女宽松加绒外套',
      '连帽卫衣女加厚冬季外套',
      '连帽卫衣女学生韩版',
      '连帽卫衣女宽松冬季',
      '连帽卫衣女加绒韩版',
      '卫衣女连帽宽松加绒外套',
      '卫衣女连帽加厚冬季',
      '卫衣女连帽学生韩版',
      '卫衣女连帽宽松',
      '卫衣女连帽加绒',
    ];
    const bench = benchmarkOf('连帽卫衣', hoodies);
    const score = bench.score('卫衣女连帽宽松加绒加厚冬季学生韩版');
    expect(score.missing.map((m) => m.word)).toEqual(expect.arrayContaining(['连帽卫衣', '外套']));
    expect(score.deductions.some((d) => d.reason.startsWith('关键词堆砌'))).toBe(false);
  });

  it('words competitors write in one title stay usable together (双肩包, 背包, 书包)', () => {
    const bags = [
      '双肩包背包男女书包旅行',
      '书包双肩包背包学生韩版',
      '背包双肩包户外旅行男',
      '双肩包书包背包大容量',
      '双肩包女背包时尚书包',
    ];
    const bench = benchmarkOf('双肩包', bags);
    expect(bench.proposals.some((p) => p.title.includes('背包') && p.title.includes('书包'))).toBe(true);
    expect(bench.score('双肩包背包').missing.map((m) => m.word)).toContain('书包');
  });

  it('the three teas are product words of the bank (so the tests above mean something)', () => {
    for (const item of ['铁观音', '红茶', '绿茶']) expect(tea.bank.words.find((w) => w.word === item)?.wordClass, item).toBe('核心/类目词');
  });
});
