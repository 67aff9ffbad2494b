import { describe, expect, it } from 'vitest';
import { benchmarkOfSnapshot, prepareTitleBenchmark } from '../../../lib/analysis/title-benchmark';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { nodeSegmenter } from '../../support/segmenter';

// Real titles write Latin words in any case (t恤 6 times and T恤 6 times, ipad 10 and iPad 2, led 3 and LED 4 in
// tests/fixtures/titles): one word for the segmenter, the bank and the scorer, shown as the titles write it.
describe('Latin letters in any case', () => {
  const seg = nodeSegmenter();

  it('are cut as the dictionary word they spell, and kept as the title writes them', () => {
    expect(seg.cut('夏季t恤男短袖纯棉')).toEqual(['夏季', 't恤', '男', '短袖', '纯棉']);
    expect(seg.cut('INS风卫衣女')).toEqual(['INS风', '卫衣', '女']);
    const title = '短袖T恤男Ins风';
    expect(seg.tokens(title).map((t) => title.slice(t.start, t.end))).toEqual(['短袖T恤', '男', 'Ins风']);
  });

  it('a keyword written full-width finds the same core word', () => {
    const wide = prepareTitleBenchmark(
      benchmarkOfSnapshot({ platform: 'taobao', keyword: 'Ｔ恤男', items: titles.map((title) => ({ title, sales: 10, shop: null })) }),
      seg,
      DEFAULT_SETTINGS,
    );
    expect(wide.bank.coreWord).toBe('T恤');
    expect(wide.proposals[0]!.title).toContain('T恤男');
  });

  it('written full-width (Ｔ恤, ｉｐａｄ) are the same words', () => {
    expect(seg.cut('夏季Ｔ恤男短袖纯棉')).toEqual(['夏季', 'Ｔ恤', '男', '短袖', '纯棉']);
    const score = benchmark.score('夏季Ｔ恤男短袖纯棉宽松ｉｐａｄ');
    expect(score.missing.map((m) => m.word.toLowerCase())).not.toContain('t恤');
    expect(score.missing.map((m) => m.word.toLowerCase())).not.toContain('ipad');
  });

  // Synthetic titles in the style of a t恤 result page, both spellings mixed.
  const titles = [
    '纯棉T恤男短袖宽松ipad',
    '纯棉t恤男短袖夏季ipad',
    '男士T恤短袖宽松iPad',
    '夏季t恤男短袖纯棉宽松',
    'T恤男短袖潮牌夏季',
    '宽松T恤男夏季纯棉',
  ];
  const benchmark = prepareTitleBenchmark(
    benchmarkOfSnapshot({ platform: 'taobao', keyword: 'T恤男', items: titles.map((title) => ({ title, sales: 10, shop: null })) }),
    seg,
    DEFAULT_SETTINGS,
  );

  it('count as one word in the bank, shown as most titles write it', () => {
    const words = benchmark.bank.words.map((w) => [w.word, w.titles, w.wordClass]);
    expect(words).toContainEqual(['T恤', 6, '核心/类目词']);
    expect(words).toContainEqual(['ipad', 3, expect.any(String)]);
    expect(benchmark.bank.words.map((w) => w.word)).not.toContain('t恤');
    expect(benchmark.bank.words.map((w) => w.word)).not.toContain('iPad');
  });

  it('are never suggested as missing when the title has them in another case, and count as a repeat', () => {
    const score = benchmark.score('夏季T恤男短袖纯棉宽松IPAD');
    expect(score.missing.map((m) => m.word.toLowerCase())).not.toContain('ipad');
    expect(score.missing.map((m) => m.word.toLowerCase())).not.toContain('t恤');
    const twice = benchmark.score('T恤男短袖纯棉t恤');
    expect(twice.deductions.some((d) => d.part === 'repeats' && d.reason.includes('重复 2 次'))).toBe(true);
  });

  it('never appear twice in a proposal in two cases', () => {
    const lowerKeyword = prepareTitleBenchmark(
      benchmarkOfSnapshot({ platform: 'taobao', keyword: 't恤男', items: titles.map((title) => ({ title, sales: 10, shop: null })) }),
      seg,
      DEFAULT_SETTINGS,
    );
    expect(lowerKeyword.proposals.length).toBeGreaterThan(0);
    for (const p of lowerKeyword.proposals) expect(p.title.toLowerCase().split('t恤').length - 1, p.title).toBe(1);
  });

  // Most titles write T恤, the shopper typed t恤男 (and the other way round).
  const upper = ['T恤男纯棉短袖', 'T恤男宽松夏季', '纯棉T恤男潮牌', 'T恤男短袖夏季', '宽松T恤男纯棉', 't恤男短袖'];
  const lower = upper.map((t) => t.replace('T恤', 't恤'));
  const prepare = (keyword: string, list: string[], settings = DEFAULT_SETTINGS) =>
    prepareTitleBenchmark(
      benchmarkOfSnapshot({ platform: 'taobao', keyword, items: list.map((title) => ({ title, sales: 10, shop: null })) }),
      seg,
      settings,
    );

  it('the core word is the bank’s, found in any case, and the dictionary classes a word however most titles write it', () => {
    const typedLower = prepare('t恤男', upper);
    expect(typedLower.bank.coreWord).toBe('T恤');
    expect(typedLower.score('夏季T恤男短袖纯棉').deductions.filter((d) => d.part === 'core')).toEqual([]);
    expect(
      prepare('T恤男', upper)
        .score('夏季t恤男短袖纯棉')
        .deductions.filter((d) => d.part === 'core'),
    ).toEqual([]);
    const mostlyLower = prepare('t恤男', lower);
    expect(mostlyLower.bank.words.find((w) => w.word === 't恤')?.wordClass).toBe('核心/类目词');
    // From the dictionary (T恤), not inferred from the titles.
    expect(mostlyLower.bank.words.find((w) => w.word === 't恤')?.inferred).toBeUndefined();
  });

  it('a repeat is named as the title writes it', () => {
    const repeat = prepare('T恤男', upper)
      .score('T恤男短袖纯棉t恤')
      .deductions.find((d) => d.part === 'repeats');
    expect(repeat?.word).toBe('T恤');
    expect(repeat?.reason).toContain('“T恤”重复 2 次');
  });

  it('the user’s own brand is proposed whatever case 设置 writes it in', () => {
    const shoes = Array.from({ length: 10 }, (_, i) => `${i % 2 ? 'Nike' : ''}男鞋运动鞋${i % 3 ? '跑步鞋' : '休闲鞋'}透气`);
    const benchmark = prepare('男鞋', shoes, { ...DEFAULT_SETTINGS, brandWords: ['NIKE'] });
    expect(benchmark.bank.words.find((w) => w.word === 'Nike')?.wordClass).toBe('品牌词');
    expect(benchmark.proposals.some((p) => p.title.includes('Nike'))).toBe(true);
  });
});
