import type { BackofficeSaved } from '../model/messages';
import type { z } from 'zod';
import type { BackofficeCaptureSchema, MetricRow, OwnListing, Order, PaidKeywordRow } from '../model/records';
import { isDemandRow } from '../analysis/keywords/demand-rows';
import { getDatabase, type DuibiaoDB } from './database';

type Capture = z.infer<typeof BackofficeCaptureSchema>;

/**
 * Stores back-office records in one transaction: listings by key (keeping each one's linked snapshot),
 * metrics replacing the row of the same subject and period, orders by key, paid keyword rows by key (a report
 * imported again replaces its days; other days and earlier imports stay, so the day windows span imports).
 */
export async function saveBackoffice(capture: Capture, now: number, db: DuibiaoDB = getDatabase()): Promise<BackofficeSaved> {
  return db.transaction('rw', [db.listings, db.metrics, db.orders, db.paidKeywords], async () => {
    for (const l of capture.listings) {
      const existing = await db.listings.get(l.key);
      await db.listings.put({ ...l, benchmarkSnapshotId: existing?.benchmarkSnapshotId ?? null, capturedAt: now });
    }
    for (const m of capture.metrics) {
      const same = await db.metrics
        .where('[platform+scope+subject]')
        .equals([m.platform, m.scope, m.subject])
        .filter((r) => r.periodStart === m.periodStart && r.periodEnd === m.periodEnd)
        .primaryKeys();
      await db.metrics.bulkDelete(same);
      await db.metrics.add({ ...m, capturedAt: now });
    }
    await db.orders.bulkPut(capture.orders.map((o) => ({ ...o, capturedAt: now })));
    const paid = capture.paid;
    await db.paidKeywords.bulkPut(paid.map((p) => ({ ...p, capturedAt: now })));
    return { listings: capture.listings.length, metrics: capture.metrics.length, orders: capture.orders.length, paid: paid.length };
  });
}

/** Every stored paid keyword row (直通车 / 网销宝 reports). */
export function listPaidKeywords(db: DuibiaoDB = getDatabase()): Promise<PaidKeywordRow[]> {
  return db.paidKeywords.toArray();
}

export function listListings(db: DuibiaoDB = getDatabase()): Promise<OwnListing[]> {
  return db.listings.toArray();
}

export function listMetrics(db: DuibiaoDB = getDatabase()): Promise<MetricRow[]> {
  return db.metrics.toArray();
}

/** Metrics rows that carry search demand (market search terms, own terms with a search index). */
export function listDemandMetrics(db: DuibiaoDB = getDatabase()): Promise<MetricRow[]> {
  return db.metrics.filter(isDemandRow).toArray();
}

export function listOrders(db: DuibiaoDB = getDatabase()): Promise<Order[]> {
  return db.orders.toArray();
}

/** Links one of my listings to the snapshot its title is scored against (null = choose automatically). */
export async function linkListingToSnapshot(listingKey: string, snapshotId: number | null, db: DuibiaoDB = getDatabase()): Promise<void> {
  await db.listings.update(listingKey, { benchmarkSnapshotId: snapshotId });
}

/** Deletes every stored order (buyer data), or one platform's; returns how many went. */
export async function deleteOrders(platform: OwnListing['platform'] | null = null, db: DuibiaoDB = getDatabase()): Promise<number> {
  return db.transaction('rw', db.orders, async () => {
    const keys = platform ? await db.orders.where('platform').equals(platform).primaryKeys() : await db.orders.toCollection().primaryKeys();
    await db.orders.bulkDelete(keys);
    return keys.length;
  });
}
