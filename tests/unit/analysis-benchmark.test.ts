import { describe, expect, it } from 'vitest';
import { computeBenchmark, computePriceBands } from '../../lib/analysis/benchmark';
import { readProvince } from '../../lib/text/province';
import { summarise } from '../../lib/analysis/stats';
import { assembleTop60 } from '../../lib/analysis/top60';
import type { SearchItem } from '../../lib/model/records';
import { makeSearchItem } from '../support/search-item';

let counter = 0;
const item = (over: Partial<SearchItem>): SearchItem => makeSearchItem({ itemId: `i${++counter}`, ...over });

describe('summarise', () => {
  it('leaves nulls out instead of counting them as 0', () => {
    expect(summarise([10, null, 30, undefined, 20])).toEqual({ count: 3, mean: 20, median: 20, min: 10, max: 30 });
    expect(summarise([1, 2, 3, 4])?.median).toBe(2.5);
    expect(summarise([null, null])).toBeNull();
  });
});

describe('computeBenchmark (hand-computed answers)', () => {
  const items = [
    item({ title: '连帽卫衣女', priceMin: 10, sales: 100, badges: ['包邮', '天猫'], shipFrom: '浙江 杭州' }),
    item({ title: 'ins风卫衣', priceMin: 20, sales: null, badges: ['包邮'], shipFrom: '浙江 湖州' }),
    item({ title: '卫衣', priceMin: 30, sales: 300, repurchaseRate: 0.2, shipFrom: '广东省肇庆市' }),
    item({ title: '卫衣 女', priceMin: null, sales: 600, repurchaseRate: 0.4, badges: ['包邮', '包邮'], shipFrom: '上海' }),
  ];
  const b = computeBenchmark(items, { bands: 2, countWords: (t) => t.split(/\s+/).length });

  it('means and medians over known values', () => {
    expect(b.itemCount).toBe(4);
    expect(b.price).toMatchObject({ count: 3, mean: 20, median: 20 });
    expect(b.sales).toMatchObject({ count: 3, mean: 1000 / 3, median: 300 });
    expect(b.repurchase?.mean).toBeCloseTo(0.3);
    // units: 10, 3+6=9, 4, 4+1+2=7 → mean 7.5, median 8
    expect(b.titleUnits).toMatchObject({ mean: 7.5, median: 8, min: 4, max: 10 });
    expect(b.wordCount).toMatchObject({ mean: 1.25 });
  });

  it('badge shares count an item once per badge', () => {
    expect(b.badges).toEqual([
      { label: '包邮', count: 3, share: 0.75 },
      { label: '天猫', count: 1, share: 0.25 },
    ]);
  });

  it('ship-from by province (ties in code-point order)', () => {
    expect(b.shipFrom).toEqual([
      { label: '浙江', count: 2, share: 0.5 },
      { label: '上海', count: 1, share: 0.25 },
      { label: '广东', count: 1, share: 0.25 },
    ]);
  });

  it('price bands by quantile with item and sales shares', () => {
    // prices 10, 20, 30 → edges 10, 20, 30; band [10,20) has 10; [20,30] has 20 and 30.
    expect(b.priceBands).toEqual([
      { min: 10, max: 20, itemCount: 1, itemShare: 1 / 3, sales: 100, salesShare: 0.25 },
      { min: 20, max: 30, itemCount: 2, itemShare: 2 / 3, sales: 300, salesShare: 0.75 },
    ]);
  });

  it('word count stays null without a segmenter', () => {
    expect(computeBenchmark(items).wordCount).toBeNull();
  });

  it('empty input gives an empty benchmark, not NaN', () => {
    const empty = computeBenchmark([]);
    expect(empty).toMatchObject({ itemCount: 0, price: null, sales: null, badges: [], priceBands: [] });
  });
});

describe('computePriceBands', () => {
  it('all prices equal → one band holding everything', () => {
    const bands = computePriceBands([item({ priceMin: 5, sales: 1 }), item({ priceMin: 5, sales: 3 })], 5);
    expect(bands).toEqual([{ min: 5, max: 5, itemCount: 2, itemShare: 1, sales: 4, salesShare: 1 }]);
  });
  it('shares add up to 1 on a spread of prices', () => {
    const bands = computePriceBands(
      Array.from({ length: 60 }, (_, i) => item({ priceMin: 10 + i * 3, sales: i })),
      5,
    );
    expect(bands).toHaveLength(5);
    expect(bands.reduce((s, b) => s + b.itemCount, 0)).toBe(60);
    expect(bands.reduce((s, b) => s + b.salesShare, 0)).toBeCloseTo(1);
  });
});

describe('readProvince', () => {
  it.each([
    ['浙江 杭州', '浙江'],
    ['广东省肇庆市', '广东'],
    ['上海', '上海'],
    ['新疆维吾尔自治区乌鲁木齐市', '新疆维吾尔'],
    [null, null],
  ])('%j → %j', (input, expected) => expect(readProvince(input)).toBe(expected));
});

describe('assembleTop60', () => {
  const page = (n: number, ids: string[], ads: string[] = []): { page: number; items: SearchItem[] } => ({
    page: n,
    items: ids.map((id, i) => item({ itemId: id, position: i + 1, isAd: ads.includes(id) })),
  });
  it('orders pages, skips ads and duplicates, stops at the limit', () => {
    const top = assembleTop60([page(2, ['d', 'a', 'e', 'f']), page(1, ['x', 'a', 'b', 'c'], ['x'])], 5);
    expect(top.items.map((i) => i.itemId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(top).toMatchObject({ adsExcluded: 1, complete: true, pages: [1, 2] });
  });
  it('does not use a page it did not need', () => {
    const top = assembleTop60([page(1, ['a', 'b']), page(2, ['c'])], 2);
    expect(top.pages).toEqual([1]);
  });
});
