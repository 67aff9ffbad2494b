import { describe, expect, it } from 'vitest';
import { decodeLoosely, readQueryParam } from '../../../lib/text/url-query';

describe('readQueryParam', () => {
  it.each([
    ['?keywords=%C1%AC%C3%B1%CE%C0%D2%C2&beginPage=1', 'keywords', '连帽卫衣'], // GBK
    ['?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3', 'q', '连帽卫衣'], // UTF-8
    ['?q=a+b', 'q', 'a b'],
    ['?q=卫衣', 'q', '卫衣'], // already decoded by the address bar
    ['?flag', 'flag', ''],
    ['?x=1', 'q', null],
    ['?q=%ZZ', 'q', '%ZZ'], // broken escapes are kept as text
  ])('%s [%s] → %j', (search, name, expected) => {
    expect(readQueryParam(search, name)).toBe(expected);
  });

  it('decodes GB18030 four-byte sequences too', () => {
    expect(decodeLoosely('%81%30%81%30')).toBe('\u0080');
  });
});
