import { describe, expect, it } from 'vitest';
import { parseSalesCount } from '../../../lib/text/sales';

describe('parseSalesCount (lower bound, unknown → null)', () => {
  it.each([
    ['7318人付款', 7318],
    ['1万+人付款', 10000],
    ['已售1.2万+件', 12000],
    ['100+', 100],
    ['全网10万+件', 100000],
    ['3.5万+', 35000], // 1688 saleNum
    ['1000+人付款', 1000],
    ['月销 2.3w', 23000],
    ['已售 1,024', 1024],
    ['0人付款', 0],
    [3163, 3163], // 1688 bookedCount as a number
    ['3163', 3163],
    ['', null],
    ['暂无销量', null],
    [null, null],
    [undefined, null],
    [-1, null],
  ] as const)('%j → %j', (input, expected) => {
    expect(parseSalesCount(input)).toBe(expected);
  });
});
