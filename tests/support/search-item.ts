import type { SearchItem } from '../../lib/model/records';

/** A SearchItem with every field empty/unknown, overridden by `over`: for hand-built test sets. */
export function makeSearchItem(over: Partial<SearchItem> = {}): SearchItem {
  return {
    platform: 'taobao',
    position: 1,
    itemId: 'x',
    title: '',
    priceMin: null,
    priceMax: null,
    sales: null,
    salesText: null,
    repurchaseRate: null,
    shop: null,
    shipFrom: null,
    imageUrl: null,
    detailUrl: null,
    badges: [],
    isAd: false,
    adEvidence: [],
    ...over,
  };
}
