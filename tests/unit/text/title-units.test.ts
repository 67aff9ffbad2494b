import { describe, expect, it } from 'vitest';
import { countTitleUnits, truncateToUnits } from '../../../lib/text/title-units';

describe('countTitleUnits (CJK / full-width 2, ASCII 1)', () => {
  it.each([
    ['', 0],
    ['连帽卫衣女', 10],
    ['ins风卫衣', 3 + 6],
    ['2024新款 加绒', 4 + 4 + 1 + 4],
    ['iPhone 15 手机壳', 10 + 6],
    ['１．５匹', 8], // full-width digits and dot count 2
    ['【包邮】', 8], // full-width brackets
    ['1.5匹挂机空调', 3 + 10],
    ['ｶﾞ', 2], // half-width katakana counts 1 each
    ['😀', 2],
    // A real 60-unit title: 30 汉字.
    ['连帽卫衣女春秋款宽松韩版学生百搭外套加绒加厚潮牌上衣女装新款', 60],
  ])('%j → %i', (title, units) => {
    expect(countTitleUnits(title)).toBe(units);
  });
});

describe('truncateToUnits', () => {
  it('never splits a double-width character', () => {
    expect(truncateToUnits('ab连帽', 3)).toBe('ab');
    expect(truncateToUnits('ab连帽', 4)).toBe('ab连');
    expect(truncateToUnits('卫衣', 60)).toBe('卫衣');
  });
});
