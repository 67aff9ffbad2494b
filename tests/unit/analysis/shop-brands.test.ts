import { describe, expect, it } from 'vitest';
import { brandsOfStores, mentionsBrand } from '../../../lib/analysis/shop-brands';
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

  it('leaves out the line of goods a store name adds after the brand', () => {
    expect(
      brandsOfStores([
        { title: '南极人内衣女纯棉', shop: '南极人内衣旗舰店' },
        { title: '安踏儿童运动鞋', shop: '安踏儿童旗舰店' },
        { title: '李宁卫衣男', shop: '李宁运动旗舰店' },
      ]).sort(),
    ).toEqual(['南极人', '安踏', '李宁'].sort());
  });

  it('matches Latin brands as whole words in any case, with or without their spaces', () => {
    expect(brandsOfStores([{ title: 'GoPro运动相机', shop: 'GO旗舰店' }])).toEqual([]);
    expect(brandsOfStores([{ title: 'PURE纯棉T恤', shop: 'UR旗舰店' }])).toEqual([]);
    expect(brandsOfStores([{ title: 'New Balance 574复古跑鞋', shop: 'New Balance官方旗舰店' }])).toEqual(['New Balance']);
    expect(brandsOfStores([{ title: '正品NIKE耐克跑鞋', shop: 'nike官方旗舰店' }])).toEqual(['NIKE']);
  });

  it('matches a brand the title writes full-width (ＮＩＫＥ), once however it is written', () => {
    expect(brandsOfStores([{ title: '正品ＮＩＫＥ耐克跑鞋', shop: 'NIKE官方旗舰店' }])).toEqual(['ＮＩＫＥ']);
    expect(
      brandsOfStores([
        { title: '正品ＮＩＫＥ耐克跑鞋', shop: 'NIKE官方旗舰店' },
        { title: 'Nike耐克运动鞋', shop: 'NIKE官方旗舰店' },
      ]),
    ).toEqual(['ＮＩＫＥ']);
    expect(mentionsBrand('ｄｉｏｒ口红', ['Dior'])).toBe(true);
  });

  it('reads brands that begin with digits, whole, without the line of goods', () => {
    expect(brandsOfStores([{ title: '361度运动鞋男跑步鞋', shop: '361度官方旗舰店' }])).toEqual(['361度']);
    expect(brandsOfStores([{ title: '361度运动鞋', shop: '361度运动旗舰店' }])).toEqual(['361度']);
    expect(brandsOfStores([{ title: '361度跑鞋男', shop: '361度跑鞋旗舰店' }])).toEqual(['361度']);
    expect(brandsOfStores([{ title: '999感冒灵颗粒', shop: '999感冒灵旗舰店' }])).toEqual(['999感冒灵']);
    expect(brandsOfStores([{ title: '3M口罩KN95防护', shop: '3M旗舰店' }])).toEqual(['3M']);
    // A number alone is not a brand, and the tail after a digit brand is never a brand of its own.
    expect(brandsOfStores([{ title: '收纳袋100个装家居', shop: '100家居旗舰店' }])).toEqual([]);
    // Only where the title writes the brand whole: 2361 is another number.
    expect(brandsOfStores([{ title: '2361度电热水壶', shop: '361度旗舰店' }])).toEqual([]);
  });

  it('skips the user’s own stores (设置 → 我的店铺), in any case and spacing', () => {
    expect(brandsOfStores([{ title: '卡帝乐鳄鱼钱包', shop: '卡帝乐鳄鱼旗舰店' }], ['卡帝乐鳄鱼旗舰店'])).toEqual([]);
    expect(brandsOfStores([{ title: 'Dior迪奥口红', shop: 'DIOR迪奥 官方旗舰店' }], ['dior迪奥官方旗舰店'])).toEqual([]);
  });

  it('a word names a brand in any case and as part of a longer word', () => {
    expect(mentionsBrand('DIOR', ['Dior'])).toBe(true);
    expect(mentionsBrand('卡帝乐鳄鱼钱包', ['卡帝乐鳄鱼'])).toBe(true);
    expect(mentionsBrand('钱包', ['卡帝乐鳄鱼'])).toBe(false);
  });

  // Synthetic titles in the style of a 钱包 result page: three from a brand store (which writes its brand twice
  // with 钱包 right after it), the rest from others.
  const titles = [
    ['卡帝乐鳄鱼钱包男长款真皮头层牛皮钱夹', '卡帝乐鳄鱼旗舰店'],
    ['卡帝乐鳄鱼钱包男短款横款牛皮皮夹', '卡帝乐鳄鱼旗舰店'],
    ['卡帝乐鳄鱼钱包男士长款拉链手拿包', '卡帝乐鳄鱼旗舰店'],
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
  const withoutShops = { ...snapshot, items: snapshot.items.map((i) => ({ ...i, shop: null })) };

  it('keeps a competitor’s brand whole, classes it 品牌词, never suggests, proposes or offers it in a phrase', () => {
    const seg = nodeSegmenter();
    const benchmark = prepareTitleBenchmark(benchmarkOfSnapshot(snapshot), seg, DEFAULT_SETTINGS);
    expect(benchmark.storeBrands).toEqual(['卡帝乐鳄鱼']);
    expect(benchmark.bank.words.find((w) => w.word === '卡帝乐鳄鱼')?.wordClass).toBe('品牌词');
    expect(benchmark.score('卡帝乐鳄鱼钱包男').words).toEqual(['卡帝乐鳄鱼', '钱包', '男']);
    const missing = benchmark.score('男士钱包').missing.map((m) => m.word);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.some((w) => w.includes('卡帝乐'))).toBe(false);
    expect(benchmark.proposals.length).toBeGreaterThanOrEqual(3);
    for (const p of benchmark.proposals) expect(p.title).not.toContain('卡帝乐');
    for (const p of benchmark.phrases) expect(p.phrase).not.toContain('卡帝乐');
  });

  it('is kept to its benchmark: the same titles without store names afterwards are analysed as before', () => {
    const seg = nodeSegmenter();
    const before = prepareTitleBenchmark(benchmarkOfSnapshot(withoutShops), seg, DEFAULT_SETTINGS);
    prepareTitleBenchmark(benchmarkOfSnapshot(snapshot), seg, DEFAULT_SETTINGS);
    const after = prepareTitleBenchmark(benchmarkOfSnapshot(withoutShops), seg, DEFAULT_SETTINGS);
    expect(after.storeBrands).toEqual([]);
    expect(after.bank.words).toEqual(before.bank.words);
    expect(after.score('卡帝乐鳄鱼钱包男').words).toEqual(before.score('卡帝乐鳄鱼钱包男').words);
    expect(seg.cut('卡帝乐鳄鱼钱包男')).not.toContain('卡帝乐鳄鱼');
  });

  it('other spellings of a Latin brand are not suggested either', () => {
    const lipsticks: [string, string | null][] = [
      ['Dior迪奥口红哑光正红色', 'dior迪奥官方旗舰店'],
      ['Dior迪奥烈艳蓝金口红999', 'dior迪奥官方旗舰店'],
      ...Array.from({ length: 8 }, (_, i): [string, null] => [`DIOR口红哑光正红色${i % 2 ? '滋润' : '持久'}显白`, null]),
    ];
    const benchmark = prepareTitleBenchmark(
      benchmarkOfSnapshot({ platform: 'taobao', keyword: '口红', items: lipsticks.map(([title, shop]) => ({ title, sales: 10, shop })) }),
      nodeSegmenter(),
      DEFAULT_SETTINGS,
    );
    expect(benchmark.storeBrands.sort()).toEqual(['Dior', '迪奥'].sort());
    expect(benchmark.bank.words.find((w) => w.word === 'DIOR')?.wordClass).toBe('品牌词');
    expect(benchmark.score('口红哑光').missing.map((m) => m.word.toLowerCase())).not.toContain('dior');
  });

  it('a brand that begins with digits is kept whole and never offered (361度, not 361 + 度)', () => {
    const shoes: [string, string | null][] = [
      ['361度运动鞋男跑步鞋透气网面', '361度官方旗舰店'],
      ['361度运动鞋男减震跑步鞋', '361度官方旗舰店'],
      ...Array.from({ length: 9 }, (_, i): [string, null] => [`运动鞋男跑步鞋${['透气', '减震', '轻便'][i % 3]}网面休闲鞋`, null]),
    ];
    const benchmark = prepareTitleBenchmark(
      benchmarkOfSnapshot({ platform: 'taobao', keyword: '运动鞋男', items: shoes.map(([title, shop]) => ({ title, sales: 10, shop })) }),
      nodeSegmenter(),
      DEFAULT_SETTINGS,
    );
    expect(benchmark.storeBrands).toEqual(['361度']);
    expect(benchmark.bank.words.find((w) => w.word === '361度')?.wordClass).toBe('品牌词');
    expect(benchmark.score('361度运动鞋男').words).toEqual(['361度', '运动鞋', '男']);
    expect(benchmark.score('运动鞋男').missing.map((m) => m.word)).not.toContain('361度');
    for (const p of benchmark.proposals) expect(p.title).not.toContain('361');
  });

  it('a Latin brand written with a space is one word in any case, never its parts', () => {
    const runners: [string, string | null][] = [
      ['New Balance 574复古跑鞋男女', 'New Balance官方旗舰店'],
      ['NEW BALANCE跑鞋男减震运动鞋', 'New Balance官方旗舰店'],
      ...Array.from({ length: 9 }, (_, i): [string, null] => [`跑鞋男${['减震', '轻便', '透气'][i % 3]}运动鞋Balance训练`, null]),
    ];
    const benchmark = prepareTitleBenchmark(
      benchmarkOfSnapshot({ platform: 'taobao', keyword: '跑鞋男', items: runners.map(([title, shop]) => ({ title, sales: 10, shop })) }),
      nodeSegmenter(),
      DEFAULT_SETTINGS,
    );
    // One brand however its store's titles write it.
    expect(benchmark.storeBrands).toEqual(['New Balance']);
    expect(benchmark.score('NEW BALANCE跑鞋').words).toEqual(['NEW BALANCE', '跑鞋']);
    const words = benchmark.bank.words.map((w) => w.word);
    expect(words).toContain('New Balance');
    expect(words).not.toContain('New');
    // A word on its own that is only part of the brand is not the brand.
    expect(benchmark.score('跑鞋男Balance').words).toContain('Balance');
  });

  it('the user’s own brand stays usable in proposals', () => {
    const benchmark = prepareTitleBenchmark(benchmarkOfSnapshot(snapshot), nodeSegmenter(), {
      ...DEFAULT_SETTINGS,
      brandWords: ['卡帝乐鳄鱼'],
    });
    expect(benchmark.storeBrands).toEqual([]);
    expect(benchmark.bank.words.find((w) => w.word === '卡帝乐鳄鱼')?.wordClass).toBe('品牌词');
    expect(benchmark.proposals.some((p) => p.title.includes('卡帝乐鳄鱼'))).toBe(true);
  });
});

describe('dictionary brands take no product head', () => {
  it('九阳 + 锅 stays the brand and its pot', () => {
    expect(nodeSegmenter().cut('九阳锅家用电饭煲')).toEqual(expect.arrayContaining(['九阳']));
    expect(nodeSegmenter().cut('九阳锅家用电饭煲')).not.toContain('九阳锅');
  });
});
