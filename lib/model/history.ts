import { z } from 'zod';
import { LIMITS } from './limits';
import { PlatformSchema, type Platform } from './page';

/** Epoch milliseconds. */
const Timestamp = z.number().int().nonnegative();
const MaybeNumber = z.number().finite().nullable();
const ItemId = z.string().min(1).max(LIMITS.itemId);

/**
 * What trends and pickers need of one snapshot, without its 60 items: kept beside each snapshot (schema v4)
 * so a search's timeline over hundreds of captures reads a few hundred bytes per capture, not whole pages.
 * Derived data: rebuilt from the snapshots when they are restored, never backed up.
 */
export const SnapshotSummarySchema = z.object({
  snapshotId: z.number().int().positive(),
  platform: PlatformSchema,
  keyword: z.string().max(LIMITS.keyword),
  sort: z.string().nullable(),
  capturedAt: Timestamp,
  complete: z.boolean(),
  /** All items including competitors added by hand (what the picker shows). */
  itemCount: z.number().int().nonnegative(),
  /** Organic items from the result pages (ranked); added-by-hand competitors are not ranked. */
  organicCount: z.number().int().nonnegative(),
  adsExcluded: z.number().int().nonnegative(),
  priceMean: MaybeNumber,
  priceMedian: MaybeNumber,
  salesMean: MaybeNumber,
  salesMedian: MaybeNumber,
  titleUnitsMean: MaybeNumber,
  /** Share of organic items carrying each badge (the ten most common), by badge: one object per row reads fastest. */
  badgeShares: z.record(z.string().max(LIMITS.shortText), z.number().min(0).max(1)),
  /**
   * Organic item ids in rank order joined by RANK_SEPARATOR (rank = index + 1), and their shops likewise ("" =
   * unknown). One string, not a list: a timeline of a thousand captures reads several times faster (read them
   * with rankedIdsOf / rankedShopsOf).
   */
  rankedIds: z.string().max(LIMITS.searchItems * (LIMITS.itemId + 1)),
  rankedShops: z.string().max(LIMITS.searchItems * (LIMITS.shortText + 1)),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;

/** Joins ranked ids and shops in a summary; never part of an id or a shop name (stripped if it were). */
export const RANK_SEPARATOR = '\u001f';

/** Which organic items a snapshot holds, indexed by item (multi-entry): finds every snapshot a competitor was ranked in. */
export const SnapshotItemsSchema = z.object({
  snapshotId: z.number().int().positive(),
  itemIds: z.array(ItemId).max(LIMITS.searchItems),
});
export type SnapshotItems = z.infer<typeof SnapshotItemsSchema>;

/** One search as the user tracks it: the same keyword and sort on the same platform. */
export interface SearchKey {
  platform: Platform;
  keyword: string;
  sort: string | null;
}

export function searchKeyOf(s: SearchKey): string {
  return `${s.platform}\u0000${s.keyword}\u0000${s.sort ?? ''}`;
}

/** What a 动态 entry reports. */
export const ALERT_KINDS = [
  'price-drop',
  'price-rise',
  'title-changed',
  'image-changed',
  'entered-top10',
  'left-top10',
  'my-rank-moved',
] as const;
export const AlertKindSchema = z.enum(ALERT_KINDS);
export type AlertKind = z.infer<typeof AlertKindSchema>;

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  'price-drop': '降价',
  'price-rise': '涨价',
  'title-changed': '标题修改',
  'image-changed': '主图更换',
  'entered-top10': '进入前10',
  'left-top10': '跌出前10',
  'my-rank-moved': '我的排名变化',
};

const AlertValue = z.union([z.number().finite(), z.string().max(LIMITS.url)]).nullable();

/** One change found after a capture, against the previous snapshot of the same search or the item's previous version. */
export const AlertSchema = z.object({
  id: z.number().int().positive().optional(),
  createdAt: Timestamp,
  kind: AlertKindSchema,
  platform: PlatformSchema,
  itemId: ItemId,
  /** The item's title (newest known) so the entry reads without another lookup. */
  title: z.string().max(LIMITS.title),
  /** The search it was seen in; null for item-page captures. */
  keyword: z.string().max(LIMITS.keyword).nullable(),
  /** Before and after: prices, ranks (null = not in the top 60), titles or image URLs. */
  from: AlertValue,
  to: AlertValue,
  /** Whether the item is one of mine (own listing or my shop). */
  mine: z.boolean(),
  /** The snapshot it was found in (its page 2, merged later, replaces these entries); null for item captures. */
  snapshotId: z.number().int().positive().nullable(),
  dismissedAt: Timestamp.nullable(),
});
export type Alert = z.infer<typeof AlertSchema>;
export type AlertDraft = Omit<Alert, 'id' | 'createdAt' | 'dismissedAt' | 'snapshotId'>;
