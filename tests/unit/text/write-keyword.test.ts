import { describe, expect, it } from 'vitest';
import { writeKeywordAsTitle } from '../../../lib/text/write-keyword';

describe('writeKeywordAsTitle', () => {
  it('writes Chinese words together, as titles do', () => {
    expect(writeKeywordAsTitle('拖鞋 男')).toBe('拖鞋男');
    expect(writeKeywordAsTitle('  连衣裙　夏 ')).toBe('连衣裙夏');
    expect(writeKeywordAsTitle('iphone 15 壳')).toBe('iphone 15壳');
  });

  it('keeps one space between Latin or digit words, which would run together otherwise', () => {
    expect(writeKeywordAsTitle('ice  cream')).toBe('ice cream');
    expect(writeKeywordAsTitle('New Balance 574')).toBe('New Balance 574');
  });

  it('writes full-width letters and digits as ASCII, in their case', () => {
    expect(writeKeywordAsTitle('Ｔ恤男')).toBe('T恤男');
    expect(writeKeywordAsTitle('ｉｐｈｏｎｅ　１５')).toBe('iphone 15');
  });
});
