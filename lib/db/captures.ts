import { diffCaptures } from '../analysis/capture-diff';
import type { CaptureChanges, ItemCapture, ItemPage, SearchItem } from '../model/records';
import type { DuibiaoDB } from './database';

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
export async function saveItemCapture(db: DuibiaoDB, page: ItemPage, now: number): Promise<CaptureSaved> {
  const itemKey = itemKeyOf(page);
  return db.transaction('rw', db.captures, db.items, async () => {
    const previous = await latestCapture(db, itemKey);
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

export function latestCapture(db: DuibiaoDB, itemKey: string): Promise<ItemCapture | undefined> {
  return db.captures.where('[itemKey+capturedAt]').between([itemKey, 0], [itemKey, Infinity]).last();
}

/** A captured competitor as a search item, for adding it to a snapshot's benchmark set. */
export function captureAsSearchItem(capture: ItemCapture, position: number): SearchItem {
  return {
    platform: capture.platform,
    position,
    itemId: capture.itemId,
    title: capture.title,
    priceMin: capture.priceMin,
    priceMax: capture.priceMax,
    sales: capture.sales,
    salesText: capture.salesText,
    repurchaseRate: capture.repurchaseRate,
    shop: capture.shop,
    shipFrom: capture.shipFrom,
    imageUrl: capture.images[0] ?? null,
    detailUrl: capture.url,
    badges: capture.badges,
    isAd: false,
    adEvidence: [],
    addedManually: true,
  };
}

/** Adds a captured competitor to a snapshot's items (once); returns false when it was already there. */
export async function addCaptureToSnapshot(db: DuibiaoDB, snapshotId: number, capture: ItemCapture): Promise<boolean> {
  return db.transaction('rw', db.snapshots, async () => {
    const snapshot = await db.snapshots.get(snapshotId);
    if (!snapshot) throw new Error('快照不存在');
    if (snapshot.items.some((i) => i.itemId === capture.itemId)) return false;
    await db.snapshots.update(snapshotId, { items: [...snapshot.items, captureAsSearchItem(capture, snapshot.items.length + 1)] });
    return true;
  });
}
