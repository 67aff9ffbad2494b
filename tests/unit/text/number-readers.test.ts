import { describe, expect, it } from 'vitest';
import { finiteNumber, MAX_READABLE_NUMBER, nonNegativeNumber, percentToRate, rateFraction } from '../../../lib/text/finite-number';
import { fenToYuan } from '../../../lib/text/money';
import { parseNumberCell } from '../../../lib/text/number-cell';
import { parsePercent } from '../../../lib/text/percent';
import { joinPriceParts, parsePrice } from '../../../lib/text/price';
import { parseSalesCount } from '../../../lib/text/sales';

/** The defects found by fuzzing the number readers, one row each (before → now in the comment). */
describe('one rule for every number reader (lib/text/finite-number.ts)', () => {
  const huge = '99999999999999999999999'; // 1e23: beyond MAX_SAFE_INTEGER
  const infinite = '9'.repeat(400); // Number() of it is Infinity

  it.each([
    ['-5', null], // was {5, 5}: the minus sign was dropped
    ['¥-5', null],
    ['－5', null], // full-width minus
    ['1e400', null], // was {1, 1}
    ['1.5E3', null],
    [huge, null], // was {1e23, 1e23}
    [infinite, null], // was {Infinity, Infinity}
    ['0x1F', null], // was {0, 0}
    ['-5-30', null],
    ['12-1e400', null],
    ['¥12.5-30', { min: 12.5, max: 30 }],
    ['12－30', { min: 12, max: 30 }], // full-width dash joins a range (was {12, 12})
    ['￥１２．５', { min: 12.5, max: 12.5 }], // full-width digits (was null)
    ['9007199254740991', { min: MAX_READABLE_NUMBER, max: MAX_READABLE_NUMBER }],
    ['9007199254740992', null],
  ] as const)('parsePrice(%j) → %j', (input, expected) => {
    expect(parsePrice(input)).toEqual(expected);
  });

  it.each([
    [-5, null],
    [Number.POSITIVE_INFINITY, null],
    [1e23, null],
    [-0, { min: 0, max: 0 }],
  ] as const)('parsePrice(number %d) → %j', (input, expected) => {
    const result = parsePrice(input);
    expect(result).toEqual(expected);
    if (result) expect(Object.is(result.min, -0)).toBe(false);
  });

  it.each([
    ['7318人付款', 7318],
    ['1万+人付款', 10000],
    ['已售1.2万+件', 12000],
    ['100+', 100],
    ['全网10万+件', 100000],
    ['0人付款', 0],
    ['暂无', null],
    ['-5', null], // was 5
    ['-5人付款', null],
    ['1e400', null], // was 1
    [huge, null], // was 1e23
    [infinite, null], // was Infinity
    ['0x1F', null], // was 0
    ['99999999999亿', null], // 1e19 after the unit: beyond MAX_SAFE_INTEGER
    ['１２３人付款', 123], // full-width digits (was null)
    [Number.POSITIVE_INFINITY, null],
    [1e23, null],
  ] as const)('parseSalesCount(%j) → %j', (input, expected) => {
    expect(parseSalesCount(input)).toBe(expected);
  });

  it.each([
    ['4.1%', 0.041],
    ['100%', 1],
    ['0%', 0],
    ['150%', null], // was 1.5
    ['-3%', null], // was -0.03
    ['1e400%', null], // was 0.01
    [`${infinite}%`, null], // was Infinity
    ['0x1F%', null], // was 0
    ['４．１％', 0.041],
    [1.5, null], // was 1.5
    [-0.03, null], // was -0.03
    [Number.NaN, null],
  ] as const)('parsePercent(%j) → %j', (input, expected) => {
    expect(parsePercent(input)).toBe(expected);
  });

  it('a bare number is a rate only within 0–1 when it is not read as a percent', () => {
    expect(parsePercent('0.041', false)).toBe(0.041);
    expect(parsePercent('11', false)).toBeNull(); // was 11
  });

  it.each([
    ['1,024', 1024],
    ['¥129.00', 129],
    ['4.10%', 0.041], // was 0.040999999999999995
    ['-', null],
    ['—', null],
    ['', null],
    ['0x1F', null], // was 31
    ['1e3', null], // was 1000
    ['Infinity', null],
    ['-12', null], // was -12
    ['150%', null], // was 1.5
    [huge, null], // was 1e23
    ['12元', null],
    ['１，０２４', 1024],
  ] as const)('parseNumberCell(%j) → %j', (input, expected) => {
    expect(parseNumberCell(input)).toBe(expected);
  });

  it.each([
    [12850, 128.5],
    ['990', 9.9],
    ['0x1F', null], // was 0.31
    ['1e3', null], // was 10
    ['-990', null], // was -9.9
    [-990, null], // was -9.9
    [huge, null], // was 1e21
    [Number.POSITIVE_INFINITY, null],
  ] as const)('fenToYuan(%j) → %j', (input, expected) => {
    expect(fenToYuan(input)).toBe(expected);
  });

  it.each([
    ['68', '.50', 68.5],
    ['-68', '.50', null], // was 68.5
    ['0x1F', '', null], // was 1
    ['1e400', '', null], // was 1400
    ['68', '.5e400', null], // was 68.54
    ['68', '-50', null],
    [huge, '', null], // was 1e23
    ['¥12.5-30', '', null], // was 12530
  ] as const)('joinPriceParts(%j, %j) → %j', (a, b, expected) => {
    expect(joinPriceParts(a, b)).toBe(expected);
  });

  it('the shared checks', () => {
    expect(finiteNumber(Number.NaN)).toBeNull();
    expect(finiteNumber(-Number.MAX_SAFE_INTEGER)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(finiteNumber(Number.MAX_SAFE_INTEGER + 1)).toBeNull();
    expect(Object.is(finiteNumber(-0), 0)).toBe(true);
    expect(finiteNumber('5')).toBeNull();
    expect(nonNegativeNumber(-1)).toBeNull();
    expect(rateFraction(1.0000001)).toBeNull();
    expect(percentToRate(4.1)).toBe(0.041);
    expect(percentToRate(101)).toBeNull();
  });
});
