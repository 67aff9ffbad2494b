import { compareText } from '../../text/compare-text';
import type { Platform } from '../../model/page';
import { REVISIT_REASONS, type Order, type RevisitReason } from '../../model/records';
import { chinaDayStart, DAY_MS } from '../../text/china-date';
import { collectBuyerHistories, type BuyerHistory } from './buyer-history';

/** How the 回访清单 names each reason, and what the seed (002 §三) says to do. */
export const REVISIT_REASON_LABELS: Record<RevisitReason, string> = {
  'repeat-3-4': '老客户回访',
  'multi-item-first': '多件客户回访',
  lapsed: '潜在复购',
  campaign: '活动预热',
  festival: '节日问候',
};

export const REVISIT_REASON_HINTS: Record<RevisitReason, string> = {
  'repeat-3-4': '第3、4次购买后黏度最高：先表达感谢，再送优惠券，最后介绍新品',
  'multi-item-first': '一单多件的买家第一次购买后就回访：以询问需求为主，承诺下次送优惠券',
  lapsed: '买过但很久没有再买：问候一下，提醒新品和优惠',
  campaign: '活动前提前告诉老客户（买过2次及以上）和多件客户',
  festival: '节日当天主动问候近12个月买过的客户',
};

/** Festival greetings go to the buyers of the last 12 months. */
export const FESTIVAL_LOOKBACK_DAYS = 365;

/** A contact as the revisit list needs it (lib/model/records.ts ContactSchema has more). */
export interface ContactMark {
  buyerKey: string;
  reason: RevisitReason;
  /** The campaign or festival date the contact was for; null for the other reasons. */
  occasion: string | null;
  contactedAt: number;
}

export interface RevisitOptions {
  now: number;
  /** A buyer contacted less than this many days ago is left out, whatever the reason. */
  coolDownDays: number;
  /** No valid order for longer than this many days: lapsed. */
  lapsedDays: number;
  /** YYYY-MM-DD (China): old and multi-item buyers are listed before this day. */
  campaignDate: string | null;
  /** YYYY-MM-DD (China): buyers of the last 12 months are listed up to and on this day. */
  festivalDate: string | null;
  contacts: readonly ContactMark[];
  /** Titles for item ids (my listings), so entries name what was bought. */
  itemTitles?: ReadonlyMap<string, string>;
}

export interface RevisitEntry {
  buyerKey: string;
  platform: Platform;
  buyer: string;
  reason: RevisitReason;
  /**
   * Since when the reason applies: repeat-3-4 the 3rd or 4th order; multi-item-first the order; lapsed the
   * day the buyer became lapsed; campaign the day they became an old or multi-item customer; festival their
   * first order of the last 12 months.
   */
  since: number;
  lastOrderAt: number;
  /** Valid orders and pieces, over all time. */
  orders: number;
  pieces: number;
  /** What they bought (titles where known, each once), newest first. */
  items: string[];
  /** The campaign or festival date for those reasons; null otherwise. */
  occasion: string | null;
}

/** Whether a campaign or festival date makes its reason list anyone today. */
export type OccasionState = { date: string; open: boolean } | null;

export interface RevisitList {
  /** By reason (in REVISIT_REASONS order), most recent buyers first. One buyer may be listed for several reasons. */
  entries: RevisitEntry[];
  counts: Record<RevisitReason, number>;
  /** Buyers left out because they were contacted within the cool-down. */
  coolingDown: number;
  campaign: OccasionState;
  festival: OccasionState;
}

/**
 * The 回访清单: whom to contact, why and since when, from valid orders (closed and unpaid ones never count).
 *
 * - repeat-3-4: 3 or 4 valid orders (老客户回访).
 * - multi-item-first: exactly one valid order, of two or more pieces (多件客户回访).
 * - lapsed: no valid order for longer than `lapsedDays` (潜在复购).
 * - campaign: before `campaignDate`, every buyer with ≥ 2 valid orders or a multi-item order (活动预热).
 * - festival: up to and on `festivalDate`, every buyer with a valid order in the last 12 months (节日问候).
 *
 * Messages stay sparse two ways. A buyer contacted within `coolDownDays` is left out of every reason. And a
 * reason already served stays served after the cool-down: a contact for the same reason since its moment (the
 * 3rd/4th order, the multi-item order, the day they lapsed), or for the same campaign or festival date.
 */
export function buildRevisitList(orders: readonly Order[], options: RevisitOptions): RevisitList {
  return buildRevisitListOf(collectBuyerHistories(orders, options.itemTitles), options);
}

/** The same from buyer histories already collected (the 客户 tab collects them once for the list and the crowds). */
export function buildRevisitListOf(histories: readonly BuyerHistory[], options: RevisitOptions): RevisitList {
  const { now } = options;
  const contactsByBuyer = new Map<string, ContactMark[]>();
  for (const c of options.contacts) {
    const list = contactsByBuyer.get(c.buyerKey) ?? [];
    list.push(c);
    contactsByBuyer.set(c.buyerKey, list);
  }
  const campaign = occasionState(options.campaignDate, (start) => now < start);
  const festival = occasionState(options.festivalDate, (start) => now < start + DAY_MS);
  const entries: RevisitEntry[] = [];
  let coolingDown = 0;
  for (const history of histories) {
    const contacts = contactsByBuyer.get(history.key) ?? [];
    if (contacts.some((c) => now - c.contactedAt < options.coolDownDays * DAY_MS)) {
      coolingDown++;
      continue;
    }
    for (const reason of REVISIT_REASONS) {
      const moment = momentOf(reason, history, options, { campaign, festival });
      if (!moment) continue;
      const served = contacts.some(
        (c) => c.reason === reason && (moment.occasion !== null ? c.occasion === moment.occasion : c.contactedAt >= moment.since),
      );
      if (!served) entries.push(entryOf(history, reason, moment));
    }
  }
  const order = new Map(REVISIT_REASONS.map((r, i) => [r, i]));
  entries.sort(
    (a, b) => order.get(a.reason)! - order.get(b.reason)! || b.lastOrderAt - a.lastOrderAt || compareText(a.buyerKey, b.buyerKey),
  );
  const counts = Object.fromEntries(REVISIT_REASONS.map((r) => [r, entries.filter((e) => e.reason === r).length])) as Record<
    RevisitReason,
    number
  >;
  return { entries, counts, coolingDown, campaign, festival };
}

type Moment = { since: number; occasion: string | null };

/** When the reason began to apply to this buyer, or null when it does not apply. */
function momentOf(
  reason: RevisitReason,
  h: BuyerHistory,
  o: RevisitOptions,
  occasions: { campaign: OccasionState; festival: OccasionState },
): Moment | null {
  const count = h.orderTimes.length;
  switch (reason) {
    case 'repeat-3-4':
      return count === 3 || count === 4 ? { since: h.lastOrderAt, occasion: null } : null;
    case 'multi-item-first':
      return count === 1 && h.multiItemOrderTimes.length === 1 ? { since: h.firstOrderAt, occasion: null } : null;
    case 'lapsed':
      return o.now - h.lastOrderAt > o.lapsedDays * DAY_MS ? { since: h.lastOrderAt + o.lapsedDays * DAY_MS, occasion: null } : null;
    case 'campaign': {
      if (!occasions.campaign?.open) return null;
      const qualified = [count >= 2 ? h.orderTimes[1]! : Infinity, h.multiItemOrderTimes[0] ?? Infinity];
      const since = Math.min(...qualified);
      return Number.isFinite(since) ? { since, occasion: occasions.campaign.date } : null;
    }
    case 'festival': {
      if (!occasions.festival?.open) return null;
      const recent = h.orderTimes.find((t) => o.now - t <= FESTIVAL_LOOKBACK_DAYS * DAY_MS);
      return recent !== undefined ? { since: recent, occasion: occasions.festival.date } : null;
    }
  }
}

function occasionState(date: string | null, open: (dayStart: number) => boolean): OccasionState {
  const start = date ? chinaDayStart(date) : null;
  return date && start !== null ? { date, open: open(start) } : null;
}

function entryOf(h: BuyerHistory, reason: RevisitReason, moment: Moment): RevisitEntry {
  return {
    buyerKey: h.key,
    platform: h.platform,
    buyer: h.buyer,
    reason,
    since: moment.since,
    lastOrderAt: h.lastOrderAt,
    orders: h.orderTimes.length,
    pieces: h.pieces,
    // Two ids may carry one title (variants listed apart): a person reads the title once.
    items: [...new Set(h.items.map((i) => i.label))],
    occasion: moment.occasion,
  };
}
