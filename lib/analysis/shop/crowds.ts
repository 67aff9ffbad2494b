import { compareText } from '../../text/compare-text';
import type { Order } from '../../model/records';
import { DAY_MS } from '../../text/china-date';
import { collectBuyerHistories, type BoughtItem, type BuyerHistory } from './buyer-history';

/** The target crowds of seed 002 (系统推荐人群), in its order. */
export const CROWD_IDS = [
  'past-buyers',
  'hot-items',
  'potential-interest',
  'lost-viewers',
  'potential-repurchase',
  'campaign-warmup',
  'new',
] as const;
export type CrowdId = (typeof CROWD_IDS)[number];

export const CROWD_NAMES: Record<CrowdId, string> = {
  'past-buyers': '店铺历史成交客户',
  'hot-items': '热销引流人群',
  'potential-interest': '潜在兴趣人群',
  'lost-viewers': '流失客户',
  'potential-repurchase': '潜在复购客户',
  'campaign-warmup': '活动预热人群',
  new: '新客',
};

/** A first order within this many days: 新客. */
export const NEW_CUSTOMER_DAYS = 30;
/** 热销款: the items in the most valid orders, this many. */
export const HOT_ITEM_COUNT = 3;

export type Crowd =
  | { id: CrowdId; name: string; available: true; definition: string; buyers: BuyerHistory[]; size: number }
  /** A crowd that needs data orders do not have (browsing, favourites): said so, never guessed. */
  | { id: CrowdId; name: string; available: false; definition: string; why: string; buyers: []; size: null };

export interface CrowdReport {
  crowds: Crowd[];
  /** The shop's top sellers by valid orders (the 热销引流 crowd bought one of them). */
  hotItems: (BoughtItem & { orders: number })[];
}

export interface CrowdOptions {
  now: number;
  /** The same lapse as the revisit list's (设置). */
  lapsedDays: number;
  itemTitles?: ReadonlyMap<string, string>;
}

/**
 * Seed 002's target crowds, as far as sold orders define them (valid orders only):
 * 店铺历史成交客户 every buyer; 热销引流人群 buyers of the top-selling items; 潜在复购客户 bought, then no
 * order for longer than `lapsedDays`; 活动预热人群 old customers (≥ 2 orders) and multi-item buyers; 新客 first
 * order within 30 days. 潜在兴趣人群 and 流失客户 (viewed, never bought) need browsing data: not available.
 */
export function buildCrowds(orders: readonly Order[], options: CrowdOptions): CrowdReport {
  return buildCrowdsOf(collectBuyerHistories(orders, options.itemTitles), options);
}

/** The same from buyer histories already collected (the 客户 tab collects them once for the list and the crowds). */
export function buildCrowdsOf(histories: readonly BuyerHistory[], options: CrowdOptions): CrowdReport {
  const { now } = options;
  const hotItems = findHotItems(histories);
  const hotKeys = new Set(hotItems.map((i) => i.key));
  const crowd = (id: CrowdId, definition: string, keep: (h: BuyerHistory) => boolean): Crowd => {
    const buyers = histories.filter(keep).sort((a, b) => b.lastOrderAt - a.lastOrderAt || compareText(a.key, b.key));
    return { id, name: CROWD_NAMES[id], available: true, definition, buyers, size: buyers.length };
  };
  const unavailable = (id: CrowdId, definition: string, why: string): Crowd => ({
    id,
    name: CROWD_NAMES[id],
    available: false,
    definition,
    why,
    buyers: [],
    size: null,
  });
  const hotCrowd: Crowd = hotItems.length
    ? crowd('hot-items', `买过热销款（有效订单最多的 ${hotItems.length} 个商品）的客户`, (h) =>
        h.itemsPerOrder.some((items) => items.some((k) => hotKeys.has(k))),
      )
    : unavailable('hot-items', '买过热销款的客户', '订单里没有商品信息：采集已卖出订单，或导入带“宝贝标题”“商品ID”列的订单表后才能圈出');
  const crowds: Crowd[] = [
    crowd('past-buyers', '有过有效订单的全部客户', () => true),
    hotCrowd,
    unavailable('potential-interest', '看过、收藏或加购但还没买的人', '需要浏览、收藏、加购数据，订单里没有，不从订单推测'),
    unavailable('lost-viewers', '看过商品但没有购买的人', '需要浏览数据，订单里没有，不从订单推测'),
    crowd(
      'potential-repurchase',
      `买过，但超过 ${options.lapsedDays} 天没有再买`,
      (h) => now - h.lastOrderAt > options.lapsedDays * DAY_MS,
    ),
    crowd(
      'campaign-warmup',
      '老客户（有效订单 ≥ 2 笔）和一单多件的客户',
      (h) => h.orderTimes.length >= 2 || h.multiItemOrderTimes.length > 0,
    ),
    crowd('new', `${NEW_CUSTOMER_DAYS} 天内第一次下单的客户`, (h) => now - h.firstOrderAt <= NEW_CUSTOMER_DAYS * DAY_MS),
  ];
  return { crowds, hotItems };
}

/** Items by the number of valid orders that contain them; ties by label so the pick is stable. */
function findHotItems(histories: readonly BuyerHistory[]): (BoughtItem & { orders: number })[] {
  const counts = new Map<string, BoughtItem & { orders: number }>();
  for (const h of histories) {
    const labels = new Map(h.items.map((i) => [i.key, i.label]));
    for (const items of h.itemsPerOrder) {
      for (const key of items) {
        const entry = counts.get(key) ?? { key, label: labels.get(key) ?? key, orders: 0 };
        entry.orders++;
        counts.set(key, entry);
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.orders - a.orders || compareText(a.label, b.label)).slice(0, HOT_ITEM_COUNT);
}
