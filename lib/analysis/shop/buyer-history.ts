import { compareText } from '../../text/compare-text';
import type { Platform } from '../../model/page';
import type { Order } from '../../model/records';
import { isPurchased } from './order-status';

/** One thing a buyer bought: the item id when the order carries it, else its title. */
export interface BoughtItem {
  /** `id:<itemId>` or `title:<title>`: what counts as the same item. */
  key: string;
  /** What a person reads: the title when known, else "商品 <id>". */
  label: string;
}

/** Everything the revisit list and the crowds need to know about one buyer, from valid orders only. */
export interface BuyerHistory {
  /** `${platform}:${buyer}`: a masked nick only names one buyer within its platform. */
  key: string;
  platform: Platform;
  /** As the platform gives it (masked fields stay masked). */
  buyer: string;
  /** Times of the valid orders, oldest first. */
  orderTimes: number[];
  firstOrderAt: number;
  lastOrderAt: number;
  /** Pieces bought over all valid orders. */
  pieces: number;
  /** Valid orders with two or more pieces (一单多件), oldest first. */
  multiItemOrderTimes: number[];
  /** Items bought, newest order first, each once. */
  items: BoughtItem[];
  /** Item keys per valid order, oldest order first (for counting the shop's top sellers by orders). */
  itemsPerOrder: string[][];
}

/**
 * Groups valid orders by buyer. Closed, unpaid and refunded orders are left out by the one valid-order rule
 * (order-status.ts); so are orders without a buyer name, since nobody can be contacted by an empty name.
 * `itemTitles` names items that orders only carry by id (my listings' titles), when given.
 */
/** One buyer across the shop's orders and the contact log: a masked nick only names one buyer within its platform. */
export function buyerKeyOf(o: { platform: string; buyer: string }): string {
  return `${o.platform}:${o.buyer}`;
}

export function collectBuyerHistories(orders: readonly Order[], itemTitles: ReadonlyMap<string, string> = new Map()): BuyerHistory[] {
  const byBuyer = new Map<string, Order[]>();
  for (const o of orders) {
    if (!isPurchased(o.status) || !o.buyer.trim()) continue;
    const key = buyerKeyOf(o);
    const list = byBuyer.get(key) ?? [];
    list.push(o);
    byBuyer.set(key, list);
  }
  const histories: BuyerHistory[] = [];
  for (const [key, list] of byBuyer) {
    list.sort((a, b) => a.createdAt - b.createdAt || compareText(a.orderId, b.orderId));
    const itemsPerOrder = list.map((o) => readOrderItems(o, itemTitles));
    const items = new Map<string, BoughtItem>();
    for (const orderItems of [...itemsPerOrder].reverse())
      for (const item of orderItems) if (!items.has(item.key)) items.set(item.key, item);
    histories.push({
      key,
      platform: list[0]!.platform,
      buyer: list[0]!.buyer,
      orderTimes: list.map((o) => o.createdAt),
      firstOrderAt: list[0]!.createdAt,
      lastOrderAt: list[list.length - 1]!.createdAt,
      pieces: list.reduce((sum, o) => sum + o.itemCount, 0),
      multiItemOrderTimes: list.filter((o) => o.itemCount >= 2).map((o) => o.createdAt),
      items: [...items.values()],
      itemsPerOrder: itemsPerOrder.map((orderItems) => orderItems.map((i) => i.key)),
    });
  }
  return histories.sort((a, b) => compareText(a.key, b.key));
}

/**
 * The items of one order. Ids identify items across orders better than titles (a title can be edited), so
 * they are used when the order has them; a title is paired with its id only when both lists are complete.
 */
function readOrderItems(o: Order, itemTitles: ReadonlyMap<string, string>): BoughtItem[] {
  const titles = o.itemTitles ?? [];
  const seen = new Set<string>();
  const out: BoughtItem[] = [];
  const add = (item: BoughtItem): void => {
    if (seen.has(item.key)) return;
    seen.add(item.key);
    out.push(item);
  };
  if (o.itemIds.length) {
    const paired = titles.length === o.itemIds.length;
    o.itemIds.forEach((id, i) => add({ key: `id:${id}`, label: (paired ? titles[i] : undefined) || itemTitles.get(id) || `商品 ${id}` }));
  } else {
    for (const title of titles) if (title.trim()) add({ key: `title:${title.trim()}`, label: title.trim() });
  }
  return out;
}
