import { isPurchased } from './order-status';
import type { Order } from '../../model/records';
import { chinaHour, DAY_MS } from '../../text/china-date';

/** Cut-offs for 5-point RFM scores (domain-rules §7 5-point table) and lifecycle stages; all editable. */
export interface RfmCutoffs {
  /** Days since the last order at or below which R scores 5, 4, 3, 2 (above the last: 1). */
  recencyDays: [number, number, number, number];
  /** Orders in the window at or above which F scores 5, 4, 3, 2. */
  frequency: [number, number, number, number];
  /** Spend (yuan) in the window at or above which M scores 5, 4, 3, 2. */
  monetary: [number, number, number, number];
  /** New/active up to this many days since the last order, sleeping up to lostDays, lost beyond. */
  activeDays: number;
  lostDays: number;
}

export const DEFAULT_CUTOFFS: RfmCutoffs = {
  recencyDays: [30, 60, 90, 180],
  frequency: [20, 15, 10, 5],
  monetary: [5000, 3000, 1000, 500],
  activeDays: 30,
  lostDays: 90,
};

export type Lifecycle = '新客' | '活跃老客' | '沉睡' | '流失';
export type RfmSegment =
  '重要价值客户' | '重要保持客户' | '重要发展客户' | '重要挽留客户' | '一般价值客户' | '一般保持客户' | '一般发展客户' | '一般挽留客户';

export interface Customer {
  buyer: string;
  orders: number;
  amount: number;
  firstOrderAt: number;
  lastOrderAt: number;
  recencyDays: number;
  multiItemOrders: number;
  province: string | null;
  r: number;
  f: number;
  m: number;
  segment: RfmSegment;
  lifecycle: Lifecycle;
}

export interface CustomerReport {
  customers: Customer[];
  orders: number;
  buyers: number;
  /** Buyers with two or more orders ÷ buyers. */
  repurchaseByPeople: number;
  /** Repeat orders (every order after a buyer's first) ÷ orders. */
  repurchaseByOrders: number;
  lifecycle: Record<Lifecycle, number>;
  segments: Record<RfmSegment, number>;
  provinces: { province: string; buyers: number }[];
  /** Orders by hour of day (0–23) in the given time zone. */
  hours: number[];
  multiItemBuyers: number;
}

/** Orders that did not complete are not purchases. */

/**
 * Customer groups from sold orders: per buyer recency, frequency, monetary, first/last order, multi-item
 * orders and province; 5-point RFM scores; the 8 classic RFM segments (each score against the buyers'
 * mean score); lifecycle stage; repurchase by people and by orders; province and hour-of-day spread.
 * `now` makes it deterministic; hours are China time.
 */
export function groupCustomers(orders: readonly Order[], now: number, cutoffs: RfmCutoffs = DEFAULT_CUTOFFS): CustomerReport {
  const byBuyer = new Map<
    string,
    { orders: number; amount: number; first: number; last: number; multi: number; province: string | null }
  >();
  const hours = Array.from({ length: 24 }, () => 0);
  let orderCount = 0;
  for (const o of orders) {
    if (!isPurchased(o.status)) continue;
    orderCount++;
    const b = byBuyer.get(o.buyer) ?? { orders: 0, amount: 0, first: o.createdAt, last: o.createdAt, multi: 0, province: null };
    b.orders++;
    b.amount += o.amount ?? 0;
    b.first = Math.min(b.first, o.createdAt);
    if (o.createdAt >= b.last) {
      b.last = o.createdAt;
      b.province = o.province ?? b.province;
    }
    if (o.itemCount > 1) b.multi++;
    byBuyer.set(o.buyer, b);
    hours[chinaHour(o.createdAt)]! += 1;
  }
  const scoreDown = (v: number, c: readonly number[]): number => (v <= c[0]! ? 5 : v <= c[1]! ? 4 : v <= c[2]! ? 3 : v <= c[3]! ? 2 : 1);
  const scoreUp = (v: number, c: readonly number[]): number => (v >= c[0]! ? 5 : v >= c[1]! ? 4 : v >= c[2]! ? 3 : v >= c[3]! ? 2 : 1);
  const base = [...byBuyer].map(([buyer, b]) => {
    const recencyDays = Math.max(0, Math.floor((now - b.last) / DAY_MS));
    return {
      buyer,
      orders: b.orders,
      amount: Math.round(b.amount * 100) / 100,
      firstOrderAt: b.first,
      lastOrderAt: b.last,
      recencyDays,
      multiItemOrders: b.multi,
      province: b.province,
      r: scoreDown(recencyDays, cutoffs.recencyDays),
      f: scoreUp(b.orders, cutoffs.frequency),
      m: scoreUp(b.amount, cutoffs.monetary),
    };
  });
  const mean = (k: 'r' | 'f' | 'm'): number => (base.length ? base.reduce((s, c) => s + c[k], 0) / base.length : 0);
  const [mr, mf, mm] = [mean('r'), mean('f'), mean('m')];
  const customers: Customer[] = base.map((c) => ({
    ...c,
    segment: segmentOf(c.r >= mr, c.f >= mf, c.m >= mm),
    lifecycle: lifecycleOf(c.orders, c.recencyDays, cutoffs),
  }));
  const lifecycle: Record<Lifecycle, number> = { 新客: 0, 活跃老客: 0, 沉睡: 0, 流失: 0 };
  const segments = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<RfmSegment, number>;
  const provinces = new Map<string, number>();
  for (const c of customers) {
    lifecycle[c.lifecycle]++;
    segments[c.segment]++;
    if (c.province) provinces.set(c.province, (provinces.get(c.province) ?? 0) + 1);
  }
  const repeatBuyers = customers.filter((c) => c.orders >= 2).length;
  return {
    customers: customers.sort((a, b) => b.amount - a.amount),
    orders: orderCount,
    buyers: customers.length,
    repurchaseByPeople: customers.length ? repeatBuyers / customers.length : 0,
    repurchaseByOrders: orderCount ? (orderCount - customers.length) / orderCount : 0,
    lifecycle,
    segments,
    provinces: [...provinces].map(([province, buyers]) => ({ province, buyers })).sort((a, b) => b.buyers - a.buyers),
    hours,
    multiItemBuyers: customers.filter((c) => c.multiItemOrders > 0).length,
  };
}

const SEGMENTS: RfmSegment[] = [
  '重要价值客户',
  '重要保持客户',
  '重要发展客户',
  '重要挽留客户',
  '一般价值客户',
  '一般保持客户',
  '一般发展客户',
  '一般挽留客户',
];

/** The classic 8 segments: M decides 重要/一般; R and F decide 价值/保持/发展/挽留. */
function segmentOf(highR: boolean, highF: boolean, highM: boolean): RfmSegment {
  const kind = highR ? (highF ? '价值' : '发展') : highF ? '保持' : '挽留';
  return `${highM ? '重要' : '一般'}${kind}客户` as RfmSegment;
}

function lifecycleOf(orders: number, recencyDays: number, c: RfmCutoffs): Lifecycle {
  if (recencyDays > c.lostDays) return '流失';
  if (recencyDays > c.activeDays) return '沉睡';
  return orders >= 2 ? '活跃老客' : '新客';
}
