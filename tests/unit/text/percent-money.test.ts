import { describe, expect, it } from 'vitest';
import { fenToYuan } from '../../../lib/text/money';
import { parsePercent } from '../../../lib/text/percent';

describe('parsePercent → fraction', () => {
  it.each([
    ['11%', 0.11],
    ['4.1 %', 0.041],
    ['35％', 0.35],
    [0.041, 0.041], // sycm rates are already fractions
    ['0%', 0],
    ['—', null],
    ['', null],
    [null, null],
  ] as const)('%j → %j', (input, expected) => {
    expect(parsePercent(input)).toBe(expected);
  });

  it('a bare number string is a percent only when asked', () => {
    expect(parsePercent('11')).toBe(0.11);
    expect(parsePercent('0.11', false)).toBe(0.11);
  });
});

describe('fenToYuan', () => {
  it.each([
    [12850, 128.5],
    ['990', 9.9],
    [0, 0],
    ['1,000', 10],
    ['abc', null],
    [null, null],
    ['', null],
  ] as const)('%j → %j', (input, expected) => {
    expect(fenToYuan(input)).toBe(expected);
  });
});
