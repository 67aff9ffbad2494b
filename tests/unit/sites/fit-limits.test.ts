import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../lib/model/limits';
import { ItemPageSchema, SearchItemSchema } from '../../../lib/model/records';
import { cut, fitItemPage } from '../../../lib/sites/fit-limits';
import { platformImageUrl } from '../../../lib/sites/image-host';
import { emptyItemPage } from '../../../lib/sites/item-page';
import { pageOfOffset, readPageNumber } from '../../../lib/sites/result-page-number';
import { buildSearchItem, type RawCard } from '../../../lib/sites/search-item';

const card = (over: Partial<RawCard>): RawCard => ({
  itemId: '123',
  title: '卫衣',
  price: '59',
  salesText: '100人付款',
  shop: '店',
  shipFrom: '浙江 杭州',
  imageUrl: '//img.alicdn.com/imgextra/i1/a.jpg',
  detailUrl: 'https://item.taobao.com/item.htm?id=123',
  badges: [],
  adEvidence: [],
  ...over,
});

describe('stored text and list limits', () => {
  it('cuts a huge title, shop and badge list so the item still passes its schema', () => {
    const item = buildSearchItem(
      'taobao',
      1,
      card({
        title: '卫'.repeat(1_000_000),
        shop: 'x'.repeat(5000),
        badges: Array(500)
          .fill(0)
          .map((_, i) => `b${i}`),
      }),
    );
    expect(item.title).toHaveLength(LIMITS.title);
    expect(item.shop).toHaveLength(LIMITS.shortText);
    expect(item.badges).toHaveLength(LIMITS.badges);
    expect(SearchItemSchema.safeParse(item).success).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    expect(cut(`${'a'.repeat(9)}😀`, 10)).toBe('a'.repeat(9));
  });

  it('turns an absurd id into a placeholder so the card is dropped, not stored', () => {
    expect(buildSearchItem('taobao', 3, card({ itemId: '9'.repeat(100) })).itemId).toBe('unknown:3');
  });

  it('cuts item-page lists and text to the schema', () => {
    const page = {
      ...emptyItemPage('1688', '1', 'https://detail.1688.com/offer/1.html', 'dom'),
      title: 't'.repeat(300),
      images: Array.from({ length: 200 }, (_, i) => `https://cbu01.alicdn.com/${i}.jpg`),
      attributes: Array.from({ length: 1000 }, () => ({ name: 'n'.repeat(300), value: 'v'.repeat(5000) })),
      description: 'd'.repeat(100_000),
    };
    expect(ItemPageSchema.safeParse(page).success).toBe(false);
    const fitted = fitItemPage(page);
    expect(ItemPageSchema.safeParse(fitted).success).toBe(true);
    expect(fitted.images).toHaveLength(LIMITS.images);
  });
});

describe('platform image hosts only', () => {
  it.each([
    ['//img.alicdn.com/imgextra/a.jpg', 'https://img.alicdn.com/imgextra/a.jpg'],
    ['http://cbu01.alicdn.com/img/ibank/a.jpg', 'https://cbu01.alicdn.com/img/ibank/a.jpg'],
    ['https://gw.alicdn.com/bao/uploaded/a.jpg_300x300.jpg', 'https://gw.alicdn.com/bao/uploaded/a.jpg_300x300.jpg'],
    ['https://evil.example/a.jpg', null],
    ['https://alicdn.com.evil.example/a.jpg', null],
    ['https://evilalicdn.com/a.jpg', null],
    ['https://user:pw@img.alicdn.com/a.jpg', null],
    ['https://img.alicdn.com:8443/a.jpg', null],
    ['data:image/png;base64,AAAA', null],
    ['javascript:alert(1)', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(platformImageUrl(raw)).toBe(expected);
  });

  it('search cards and item pages keep no foreign image', () => {
    expect(buildSearchItem('taobao', 1, card({ imageUrl: 'https://evil.example/x.jpg' })).imageUrl).toBeNull();
    const page = fitItemPage({
      ...emptyItemPage('tmall', '1', 'https://detail.tmall.com/item.htm?id=1', 'dom'),
      images: ['https://evil.example/1.jpg', '//img.alicdn.com/2.jpg'],
      videoCover: 'https://evil.example/v.jpg',
    });
    expect(page.images).toEqual(['https://img.alicdn.com/2.jpg']);
    expect(page.videoCover).toBeNull();
  });
});

describe('result page number', () => {
  it.each([
    ['2', 2],
    ['100', 100],
    ['101', null],
    ['0', null],
    ['-3', null],
    ['99999999999999999999', null],
    ['1e3', null],
    ['0x1F', null],
    [null, null],
  ])('page=%s → %s', (raw, expected) => {
    expect(readPageNumber(raw)).toBe(expected);
  });

  it('bounds an item offset too', () => {
    expect(pageOfOffset('44', 44)).toBe(2);
    expect(pageOfOffset('99999999999999999999', 44)).toBeNull();
    expect(pageOfOffset('4400', 44)).toBeNull();
  });
});
