import { describe, expect, it } from 'vitest';
import { brandsOfStores } from '../../../lib/analysis/shop-brands';
import { benchmarkOfSnapshot, prepareTitleBenchmark } from '../../../lib/analysis/title-benchmark';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { nodeSegmenter } from '../../support/segmenter';

describe('competitors’ brands from their store names', () => {
  it('reads brand stores only, and only brands their own title writes', () => {
    expect(
      brandsOfStores([
        { title: '卡帝乐鳄鱼长款钱包男真皮', shop: '卡帝乐鳄鱼旗舰店' },
        { title: '李宁运动鞋男跑步鞋', shop: '李宁官方旗舰店' },
        { title: 'Dior迪奥口红哑光', shop: 'dior迪奥官方旗舰店' },
        { title: '骆驼登山鞋男', shop: '骆驼 专卖店' },
        // A dealer of several brands, a C-shop and a brand the title does not carry say nothing.
        { title: '优购运动鞋男', shop: '优购鞋类专营店' },
        { title: '花心小铺链条包', shop: '花心小铺' },
        { title: '男士钱包短款', shop: '七匹狼旗舰店' },
        // A word the dictionary knows as something else is not a brand.
        { title: '百搭帆布包', shop: '百搭旗舰店' },
        { title: '钱包女', shop: null },
      ]).sort(),
    ).toEqual(['Dior', '卡帝乐鳄鱼', '李宁', '迪奥', '骆驼'].sort());
  });

  it('skips the user’s own stores (设置 → 我的店铺)', () => {
    expect(brandsOfStores([{ title: '卡帝乐鳄鱼钱包', shop: '卡帝乐鳄鱼旗舰店' }], ['卡帝乐鳄鱼旗舰店'])).toEqual([]);
  });

  // Synthetic titles in the style of a 钱包 result page: three from a brand store, the rest from others.
  const titles = [
    ['卡帝乐鳄鱼钱包男长款真皮头层牛皮钱夹', '卡帝乐鳄鱼旗舰店'],
    ['卡帝乐鳄鱼钱包男短款横款牛皮皮夹', '卡帝乐鳄鱼旗舰店'],
    ['卡帝乐鳄鱼男士钱包长款拉链手拿包', '卡帝乐鳄鱼旗舰店'],
    ['钱包男长款真皮头层牛皮大容量钱夹', '皮具小店'],
    ['钱包男短款牛皮驾驶证卡包一体', '某某皮具专营店'],
    ['男士钱包长款拉链大容量手拿包商务', '钱包工厂店'],
    ['钱包男真皮短款横款薄款学生', null],
    ['钱包男长款真皮商务大容量多卡位', null],
    ['钱包男短款头层牛皮竖款钱夹', null],
    ['男士钱包真皮长款拉链手拿包青年', null],
    ['钱包男牛皮超薄短款卡包', null],
    ['钱包男长款头层牛皮钱夹复古', null],
  ] as const;
  const snapshot = {
    platform: 'taobao' as const,
    keyword: '钱包男',
    items: titles.map(([title, shop]) => ({ title, sales: 100, shop })),
  };

  it('keeps a competitor’s brand whole, classes it 品牌词, never suggests or proposes it', () => {
    const seg = nodeSegmenter();
    const withoutStores = prepareTitleBenchmark(
      benchmarkOfSnapshot({ ...snapshot, items: snapshot.items.map((i) => ({ ...i, shop: null })) }),
      seg,
      DEFAULT_SETTINGS,
    );
    // Without the stores the brand is cut up (and would be offered as a "missing word").
    expect(withoutStores.bank.words.some((w) => w.word === '卡帝乐鳄鱼')).toBe(false);
    expect(withoutStores.storeBrands).toEqual([]);

    const benchmark = prepareTitleBenchmark(benchmarkOfSnapshot(snapshot), seg, DEFAULT_SETTINGS);
    expect(benchmark.storeBrands).toEqual(['卡帝乐鳄鱼']);
    expect(benchmark.bank.words.find((w) => w.word === '卡帝乐鳄鱼')?.wordClass).toBe('品牌词');
    expect(seg.cut('卡帝乐鳄鱼钱包男')).toEqual(['卡帝乐鳄鱼', '钱包', '男']);
    const missing = benchmark.score('男士钱包').missing.map((m) => m.word);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing).not.toContain('卡帝乐鳄鱼');
    expect(benchmark.proposals.length).toBeGreaterThanOrEqual(3);
    for (const p of benchmark.proposals) expect(p.title).not.toContain('卡帝乐');
  });

  it('the user’s own brand stays usable', () => {
    const benchmark = prepareTitleBenchmark(benchmarkOfSnapshot(snapshot), nodeSegmenter(), {
      ...DEFAULT_SETTINGS,
      brandWords: ['卡帝乐鳄鱼'],
    });
    expect(benchmark.storeBrands).toEqual([]);
    expect(benchmark.bank.words.find((w) => w.word === '卡帝乐鳄鱼')?.wordClass).toBe('品牌词');
  });
});
