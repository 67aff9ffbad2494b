import { collectBuyerHistories } from '../lib/analysis/shop/buyer-history';
import { analyzeCouponUse, type CouponUse } from '../lib/analysis/shop/coupons';
import { buildCrowdsOf } from '../lib/analysis/shop/crowds';
import { groupCustomers } from '../lib/analysis/shop/customers';
import { findBestHours, type BestHours } from '../lib/analysis/shop/order-timing';
import { buildRevisitListOf } from '../lib/analysis/shop/revisit';
import type { Platform } from '../lib/model/page';
import type { Order, RevisitReason } from '../lib/model/records';

export interface OrderActionOptions {
  now: number;
  /** --campaign / --festival (YYYY-MM-DD): without them those reasons are not listed. */
  campaignDate: string | null;
  festivalDate: string | null;
  lapsedDays: number;
}

export interface OrderActions {
  /** The 回访清单 as the extension computes it (the CLI keeps no contact log: nobody is cooling down). */
  revisit: { buyer: string; platform: Platform; reason: RevisitReason; since: number; lastOrderAt: number }[];
  /** Crowd name → size; null for a crowd orders cannot define (browsing data). */
  crowds: Record<string, number | null>;
  /** Orders per hour of day (China time), with the peak and quiet hours for 分时折扣. */
  timing: { hours: number[] } & BestHours;
  /** Coupon and discount use; null when no order carries discount columns. */
  coupons: CouponUse | null;
}

/** The customer actions of a set of orders: the same analysis as the 客户 tab. */
export function analyzeOrderActions(orders: readonly Order[], options: OrderActionOptions): OrderActions {
  // Grouped by buyer once for the list and the crowds, as the 客户 tab does.
  const histories = collectBuyerHistories(orders);
  const list = buildRevisitListOf(histories, { ...options, coolDownDays: 1, contacts: [] });
  const { crowds } = buildCrowdsOf(histories, options);
  const { hours } = groupCustomers(orders, options.now);
  return {
    revisit: list.entries.map((e) => ({
      buyer: e.buyer,
      platform: e.platform,
      reason: e.reason,
      since: e.since,
      lastOrderAt: e.lastOrderAt,
    })),
    crowds: Object.fromEntries(crowds.map((c) => [c.name, c.size])),
    timing: { hours, ...findBestHours(hours) },
    coupons: analyzeCouponUse(orders),
  };
}
