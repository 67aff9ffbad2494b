import type { Order, OrderDiscounts } from '../../model/records';
import { isPurchased } from './order-status';
import { buyerKeyOf } from './buyer-history';

export type DiscountKind = 'shop' | 'platform' | 'coupon';

export const DISCOUNT_KIND_LABELS: Record<DiscountKind, string> = { shop: '店铺优惠', platform: '平台优惠', coupon: '优惠券' };

export interface DiscountKindUse {
  kind: DiscountKind;
  label: string;
  /** Valid orders whose report has this column. */
  ordersWithColumn: number;
  /** Of those, orders where it is above 0. */
  ordersUsing: number;
  share: number | null;
  /** Mean amount (yuan) over the orders using it. */
  average: number | null;
}

export interface CouponUse {
  /** Valid orders that carry discount columns (orders captured from pages usually do not). */
  ordersWithData: number;
  /** Of those, orders with any discount above 0. */
  ordersUsing: number;
  orderShare: number;
  /** Buyers with at least one such order, and those who used a discount at least once. */
  buyersWithData: number;
  buyersUsing: number;
  buyerShare: number;
  /** Mean discount (yuan) per order that had one. */
  averageDiscount: number | null;
  /** Discount ÷ (paid + discount) over the orders that had one and a paid amount: how much was taken off. */
  averageDiscountRate: number | null;
  byKind: DiscountKindUse[];
}

/**
 * Coupon and discount use (seed 002 §一.3, 优惠券使用情况 店铺跟平台的) from the orders that carry discount
 * columns; null when none does, so the UI says the data is missing instead of showing 0 %. An order's discount
 * is the report's own total when it has one, else the sum of the columns it has.
 */
export function analyzeCouponUse(orders: readonly Order[]): CouponUse | null {
  const withData = orders.filter((o) => isPurchased(o.status) && o.discounts && hasAnyColumn(o.discounts));
  if (!withData.length) return null;
  const using = withData.filter((o) => discountOf(o.discounts!) > 0);
  const buyersWithData = new Set(withData.map(buyerKeyOf));
  const buyersUsing = new Set(using.map(buyerKeyOf));
  const rates = using.filter((o) => o.amount !== null).map((o) => discountOf(o.discounts!) / (o.amount! + discountOf(o.discounts!)));
  const byKind = (['shop', 'platform', 'coupon'] as const)
    .map((kind): DiscountKindUse => {
      const column = withData.filter((o) => o.discounts![kind] !== null);
      const used = column.filter((o) => o.discounts![kind]! > 0);
      return {
        kind,
        label: DISCOUNT_KIND_LABELS[kind],
        ordersWithColumn: column.length,
        ordersUsing: used.length,
        share: column.length ? used.length / column.length : null,
        average: used.length ? round2(mean(used.map((o) => o.discounts![kind]!))) : null,
      };
    })
    .filter((k) => k.ordersWithColumn > 0);
  return {
    ordersWithData: withData.length,
    ordersUsing: using.length,
    orderShare: using.length / withData.length,
    buyersWithData: buyersWithData.size,
    buyersUsing: buyersUsing.size,
    buyerShare: buyersUsing.size / buyersWithData.size,
    averageDiscount: using.length ? round2(mean(using.map((o) => discountOf(o.discounts!)))) : null,
    averageDiscountRate: rates.length ? mean(rates) : null,
    byKind,
  };
}

function hasAnyColumn(d: OrderDiscounts): boolean {
  return d.shop !== null || d.platform !== null || d.coupon !== null || d.total !== null;
}

/** The report's total, else the sum of the columns present. */
export function discountOf(d: OrderDiscounts): number {
  return d.total ?? (d.shop ?? 0) + (d.platform ?? 0) + (d.coupon ?? 0);
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const round2 = (n: number): number => Math.round(n * 100) / 100;
