import { RANK_SEPARATOR, type SnapshotItems, type SnapshotSummary } from '../../model/history';
import type { SearchItem, SearchSnapshot } from '../../model/records';
import { computeBenchmark } from '../benchmark';

/** The organic items of a snapshot in rank order: competitors added by hand from 竞品 have no rank. */
export function rankedItems(snapshot: Pick<SearchSnapshot, 'items'>): SearchItem[] {
  return snapshot.items.filter((i) => !i.addedManually);
}

/** A snapshot's summary row (schema v4): the figures its trend line plots and the ranks of its items. */
export function summariseSnapshot(snapshot: SearchSnapshot & { id: number }): SnapshotSummary {
  const organic = rankedItems(snapshot);
  const stats = computeBenchmark(organic, { bands: 1 });
  return {
    snapshotId: snapshot.id,
    platform: snapshot.platform,
    keyword: snapshot.keyword,
    sort: snapshot.sort,
    capturedAt: snapshot.capturedAt,
    complete: snapshot.complete,
    itemCount: snapshot.items.length,
    organicCount: organic.length,
    adsExcluded: snapshot.adsExcluded,
    priceMean: stats.price?.mean ?? null,
    priceMedian: stats.price?.median ?? null,
    salesMean: stats.sales?.mean ?? null,
    salesMedian: stats.sales?.median ?? null,
    titleUnitsMean: stats.titleUnits?.mean ?? null,
    badgeShares: Object.fromEntries(stats.badges.slice(0, 10).map((b) => [b.label, b.share])),
    rankedIds: joinRanked(organic.map((i) => i.itemId)),
    rankedShops: joinRanked(organic.map((i) => i.shop ?? '')),
  };
}

/** The snapshot's organic item ids for the item index (schema v4 table snapshotItems). */
export function indexSnapshotItems(snapshot: SearchSnapshot & { id: number }): SnapshotItems {
  return { snapshotId: snapshot.id, itemIds: [...new Set(rankedItems(snapshot).map((i) => i.itemId))] };
}

/** Organic item ids of a summary in rank order (rank = index + 1). */
export function rankedIdsOf(summary: Pick<SnapshotSummary, 'rankedIds'>): string[] {
  return summary.rankedIds ? summary.rankedIds.split(RANK_SEPARATOR) : [];
}

/** Shops of the ranked items, same order; null where unknown. */
export function rankedShopsOf(summary: Pick<SnapshotSummary, 'rankedShops'>): (string | null)[] {
  return summary.rankedShops.split(RANK_SEPARATOR).map((s) => s || null);
}

function joinRanked(values: readonly string[]): string {
  return values.map((v) => v.replaceAll(RANK_SEPARATOR, '')).join(RANK_SEPARATOR);
}
