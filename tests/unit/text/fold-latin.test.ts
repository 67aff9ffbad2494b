import { describe, expect, it } from 'vitest';
import { foldLatin } from '../../../lib/text/fold-latin';

describe('foldLatin', () => {
  it('lower-cases Latin letters and leaves everything else as it is', () => {
    expect(foldLatin('INS风T恤2024新款')).toBe('ins风t恤2024新款');
    expect(foldLatin('纯棉短袖')).toBe('纯棉短袖');
  });

  // Seen in real Taobao search queries: ｊk裙子, 辅酶Ｑ10, 佳能800Ｄ (full-width forms typed with a Chinese IME).
  it('reads full-width letters and digits as ASCII, one unit for one, so offsets hold', () => {
    expect(foldLatin('Ｔ恤')).toBe('t恤');
    expect(foldLatin('ｊk裙子')).toBe('jk裙子');
    expect(foldLatin('辅酶Ｑ１０')).toBe('辅酶q10');
    const text = '佳能８００Ｄ相机';
    expect(foldLatin(text)).toHaveLength(text.length);
  });

  it('leaves full-width punctuation and ideographic space alone (they separate words already)', () => {
    expect(foldLatin('（精装）！　')).toBe('（精装）！　');
  });
});
