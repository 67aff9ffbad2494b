import { describe, expect, it } from 'vitest';
import { diffCaptures, diffText } from '../../../lib/analysis/capture-diff';
import { emptyItemPage } from '../../../lib/sites/item-page';

describe('diffText', () => {
  it.each([
    ['连帽卫衣女', '连帽卫衣女', [{ kind: 'same', text: '连帽卫衣女' }]],
    [
      '连帽卫衣女',
      '加绒连帽卫衣女',
      [
        { kind: 'added', text: '加绒' },
        { kind: 'same', text: '连帽卫衣女' },
      ],
    ],
    [
      '连帽卫衣女宽松',
      '连帽卫衣女',
      [
        { kind: 'same', text: '连帽卫衣女' },
        { kind: 'removed', text: '宽松' },
      ],
    ],
    [
      '新款卫衣',
      '爆款卫衣',
      [
        { kind: 'added', text: '爆' },
        { kind: 'removed', text: '新' },
        { kind: 'same', text: '款卫衣' },
      ],
    ],
  ] as const)('%s → %s', (a, b, parts) => {
    expect(diffText(a, b)).toEqual(parts);
  });

  it('reassembles both texts', () => {
    const parts = diffText('梵贞男士洗面奶补水护肤品套装', '梵贞男士洗面奶控油护肤套装一件代发');
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('梵贞男士洗面奶补水护肤品套装');
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('梵贞男士洗面奶控油护肤套装一件代发');
  });
});

describe('diffCaptures', () => {
  const before = {
    ...emptyItemPage('1688', '1', 'https://detail.1688.com/offer/1.html', 'dom'),
    title: '卫衣',
    priceMin: 10,
    priceMax: 20,
    sales: 100,
    images: ['a', 'b'],
    skus: [
      { name: '红', price: 10, stock: 1 },
      { name: '蓝', price: 12, stock: 1 },
    ],
    badges: ['包邮'],
  };

  it('no change → changed false and empty lists', () => {
    const d = diffCaptures(before, { ...before });
    expect(d.changed).toBe(false);
    expect(d).toMatchObject({ title: null, priceMin: null, sales: null, imagesAdded: [], skusAdded: [] });
  });

  it('reports every kind of change', () => {
    const after = {
      ...before,
      title: '加绒卫衣',
      priceMin: 9,
      sales: 150,
      images: ['b', 'c'],
      skus: [
        { name: '蓝', price: 11, stock: 1 },
        { name: '黑', price: 13, stock: 1 },
      ],
      badges: ['包邮', '48小时发货'],
    };
    const d = diffCaptures(before, after);
    expect(d).toMatchObject({
      changed: true,
      priceMin: { before: 10, after: 9 },
      priceMax: null,
      sales: { before: 100, after: 150 },
      imagesAdded: ['c'],
      imagesRemoved: ['a'],
      skusAdded: ['黑'],
      skusRemoved: ['红'],
      skuPrices: [{ name: '蓝', before: 12, after: 11 }],
      badgesAdded: ['48小时发货'],
      badgesRemoved: [],
    });
    expect(d.title).toEqual([
      { kind: 'added', text: '加绒' },
      { kind: 'same', text: '卫衣' },
    ]);
  });
});
