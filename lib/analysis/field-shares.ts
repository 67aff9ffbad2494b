import type { SearchItem } from '../model/records';

/** The fields the general reader looks for on a card, as the UI names them. */
export const FIELD_LABELS = { id: '商品ID', title: '标题', price: '价格', sales: '销量', shop: '店铺', shipFrom: '发货地' } as const;
export type CardField = keyof typeof FIELD_LABELS;

/** The share of organic items on which each field was found (an id of its own, not a placeholder). */
export function fieldShares(items: readonly SearchItem[]): Record<CardField, number> {
  const organic = items.filter((i) => !i.isAd);
  const share = (has: (i: SearchItem) => boolean): number => (organic.length ? organic.filter(has).length / organic.length : 0);
  return {
    id: share((i) => !i.itemId.includes(':')),
    title: share((i) => i.title.trim().length > 0),
    price: share((i) => i.priceMin !== null),
    sales: share((i) => i.sales !== null),
    shop: share((i) => i.shop !== null),
    shipFrom: share((i) => i.shipFrom !== null),
  };
}

/** "商品ID 100%，标题 98%，价格 100%，…" */
export function describeShares(shares: Record<CardField, number>): string {
  return (Object.keys(FIELD_LABELS) as CardField[]).map((k) => `${FIELD_LABELS[k]} ${Math.round(shares[k] * 100)}%`).join('，');
}
