import { describe, expect, it } from 'vitest';
import { readItemLink } from '../../../lib/sites/general/item-links';

const BASE = 'https://s.taobao.com/search?q=a';

describe('readItemLink', () => {
  it.each([
    ['https://item.taobao.com/item.htm?id=684512345678', '684512345678', 'taobao', false],
    ['//item.taobao.com/item.htm?spm=a21n57.1&id=7012345&ns=1', '7012345', 'taobao', false],
    ['http://detail.tmall.com/item.htm?id=612345678901&skuId=1', '612345678901', 'tmall', false],
    ['https://chaoshi.detail.tmall.com/item.htm?id=52345678', '52345678', 'tmall', false],
    ['https://detail.tmall.hk/hk/item.htm?id=62345678', '62345678', 'tmall', false],
    ['https://detail.1688.com/offer/597090034012.html?spm=a26352', '597090034012', '1688', false],
    ['https://detail.m.1688.com/page/index.html?offerId=597090034012', '597090034012', '1688', false],
    ['https://item.taobao.com/item.htm?id=1&xxc=ad_ztc', '1', 'taobao', true],
    ['/item.htm?id=55', null, null, null],
    ['https://item.taobao.com/item.htm?itemId=77', '77', 'taobao', false],
    ['https://item.taobao.com/item.htm?pid=77', null, 'taobao', false],
  ])('%s → %s', (href, itemId, platform, isAdClick) => {
    const link = readItemLink(href, BASE);
    if (isAdClick === null) return expect(link?.itemId ?? null).toBe(itemId);
    expect(link).toMatchObject({ itemId, platform, isAdClick });
    expect(link!.href.startsWith('https://')).toBe(true);
  });

  it('reads the item behind an ad click and ignores links elsewhere', () => {
    const target = encodeURIComponent('https://detail.tmall.com/item.htm?id=999');
    expect(readItemLink(`https://click.simba.taobao.com/cc_im?p=1&u=${target}`, BASE)).toMatchObject({ itemId: '999', isAdClick: true });
    expect(readItemLink('https://shop123.taobao.com/', BASE)).toBeNull();
    expect(readItemLink('https://www.1688.com/help/item.htm?id=5', BASE)).toBeNull();
    expect(readItemLink('javascript:void(0)', BASE)).toBeNull();
  });
});
