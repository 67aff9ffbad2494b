import { describe, expect, it } from 'vitest';
import { joinPriceParts, parsePrice } from '../../../lib/text/price';

describe('parsePrice', () => {
  it.each([
    ['¥12.5-30', { min: 12.5, max: 30 }],
    ['12.50', { min: 12.5, max: 12.5 }],
    ['￥1,299.00', { min: 1299, max: 1299 }],
    ['¥ 68.50 起', { min: 68.5, max: 68.5 }],
    ['2.88-25.65', { min: 2.88, max: 25.65 }], // 1688 originalPriceDisplay
    ['30~12.5元', { min: 12.5, max: 30 }],
    ['7.99', { min: 7.99, max: 7.99 }],
    ['138.00', { min: 138, max: 138 }], // g_page_config view_price
    [0, { min: 0, max: 0 }],
    ['面议', null],
    ['', null],
    [null, null],
    [undefined, null],
    [Number.NaN, null],
  ] as const)('%j → %j', (input, expected) => {
    expect(parsePrice(input)).toEqual(expected);
  });
});

describe('joinPriceParts', () => {
  it.each([
    ['68', '.50', 68.5],
    ['¥680', '', 680],
    ['1,299', '.9', 1299.9],
    ['', '.5', null],
    [null, null, null],
  ] as const)('%j + %j → %j', (a, b, expected) => {
    expect(joinPriceParts(a, b)).toBe(expected);
  });
});
