import { diffCaptures } from '../analysis/capture-diff';
import type { CaptureChanges, ItemCapture, ItemPage, ItemRecord } from '../model/records';
import type { Collection } from 'dexie';
import { getDatabase, type DuibiaoDB } from './database';

export interface CaptureSaved {
  captureId: number;
  itemKey: string;
  /** 1 for the first capture of this item, then 2, 3… */
  version: number;
  /** Against the previous version; null for the first. */
  changes: CaptureChanges | null;
}

export function itemKeyOf(page: Pick<ItemPage, 'platform' | 'itemId'>): string {
  return `${page.platform}:${page.itemId}`;
}

/**
 * Stores a competitor capture as a new version and marks the item watched, in one transaction. Only the
 * fields of ItemPage are stored (the message schema has already dropped anything else).
 */
export async function saveItemCapture(page: ItemPage, now: number, db: DuibiaoDB = getDatabase()): Promise<CaptureSaved> {
  const itemKey = itemKeyOf(page);
  return db.transaction('rw', db.captures, db.items, async () => {
    const previous = await latestCapture(itemKey, db);
    const version = (await db.captures.where('itemKey').equals(itemKey).count()) + 1;
    const capture: ItemCapture = { ...page, itemKey, capturedAt: now };
    const captureId = (await db.captures.add(capture)) as number;
    const existing = await db.items.get(itemKey);
    await db.items.put({
      key: itemKey,
      platform: page.platform,
      itemId: page.itemId,
      title: page.title,
      shop: page.shop,
      imageUrl: page.images[0] ?? null,
      watched: true,
      firstSeenAt: existing?.firstSeenAt ?? now,
      lastSeenAt: now,
    });
    return { captureId, itemKey, version, changes: previous ? diffCaptures(previous, capture) : null };
  });
}

/** Every version of one item, oldest first (the [itemKey+capturedAt] index keeps them in capture order). */
function versionsOf(itemKey: string, db: DuibiaoDB): Collection<ItemCapture, number | undefined> {
  return db.captures.where('[itemKey+capturedAt]').between([itemKey, 0], [itemKey, Infinity]);
}

export function latestCapture(itemKey: string, db: DuibiaoDB = getDatabase()): Promise<ItemCapture | undefined> {
  return versionsOf(itemKey, db).last();
}

export function listCaptureVersions(itemKey: string, db: DuibiaoDB = getDatabase()): Promise<ItemCapture[]> {
  return versionsOf(itemKey, db).toArray();
}

export interface WatchedCompetitor {
  item: ItemRecord;
  latest: ItemCapture | undefined;
  versions: number;
}

/** Watched competitors, most recently seen first, each with its latest capture and version count. */
export async function listWatchedCompetitors(db: DuibiaoDB = getDatabase()): Promise<WatchedCompetitor[]> {
  const items = (await db.items.orderBy('lastSeenAt').reverse().toArray()).filter((i) => i.watched);
  return Promise.all(
    items.map(async (item) => {
      const versions = versionsOf(item.key, db);
      return { item, latest: await versions.last(), versions: await versions.count() };
    }),
  );
}

/** Deletes a watched competitor and every captured version of it; returns how many versions went. */
export async function deleteCompetitor(itemKey: string, db: DuibiaoDB = getDatabase()): Promise<number> {
  return db.transaction('rw', db.items, db.captures, async () => {
    const versions = await db.captures.where('itemKey').equals(itemKey).primaryKeys();
    await db.captures.bulkDelete(versions);
    await db.items.delete(itemKey);
    return versions.length;
  });
}
