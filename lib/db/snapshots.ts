import { Dexie } from 'dexie';
import { indexSnapshotItems, summariseSnapshot } from '../analysis/history/summarise-snapshot';
import { assembleTop60 } from '../analysis/top60';
import type { SnapshotItems, SnapshotSummary } from '../model/history';
import type { SnapshotSaved } from '../model/messages';
import type { ItemCapture, SearchItem, SearchPage, SearchSnapshot } from '../model/records';
import { getDatabase, type DuibiaoDB } from './database';

/** A page 2 captured within this time of a partial page-1 snapshot completes it. */
export const MERGE_WINDOW_MS = 30 * 60 * 1000;

/**
 * Saves a parsed result page as a snapshot of its organic top 60, or merges it into the latest partial
 * snapshot of the same platform, keyword and sort when that one lacks this page. One transaction:
 * either the whole snapshot is written or nothing is.
 */
export async function saveSearchPage(page: SearchPage, now: number, db: DuibiaoDB = getDatabase()): Promise<SnapshotSaved> {
  return db.transaction('rw', db.snapshots, db.snapshotSummaries, db.snapshotItems, async () => {
    const partial = await findMergeTarget(page, now, db);
    if (partial) {
      const top = assembleTop60([{ page: Math.min(...partial.pages), items: partial.items }, page]);
      const merged: SearchSnapshot = {
        ...partial,
        items: top.items,
        adsExcluded: partial.adsExcluded + top.adsExcluded,
        complete: top.complete,
        pages: [...new Set([...partial.pages, ...top.pages])].sort((a, b) => a - b),
        capturedAt: now,
        sources: partial.sources.includes(page.source) ? partial.sources : [...partial.sources, page.source],
      };
      await db.snapshots.put(merged);
      await writeDerived(merged as SearchSnapshot & { id: number }, db);
      return summarise(merged, true);
    }
    // Ranks count from the first result; a later page alone would store its items as ranks 1…N.
    if (page.page > 1)
      throw new Error(`这是第${page.page}页，但30分钟内没有同一关键词的第1页快照：请先在第1页点“采集前60”，再翻页采集补足，没有保存`);
    const top = assembleTop60([page]);
    if (top.items.length === 0) throw new Error('这一页没有自然结果（全部是广告或没有商品），没有保存');
    const snapshot: SearchSnapshot = {
      platform: page.platform,
      keyword: page.keyword,
      sort: page.sort,
      url: page.url,
      capturedAt: now,
      items: top.items,
      adsExcluded: top.adsExcluded,
      complete: top.complete,
      pages: [page.page],
      sources: [page.source],
    };
    const id = (await db.snapshots.add(snapshot)) as number;
    await writeDerived({ ...snapshot, id }, db);
    return summarise({ ...snapshot, id }, false);
  });
}

/** Looks only at this platform's snapshots of the last half hour (an index range), not at the whole history. */
async function findMergeTarget(page: SearchPage, now: number, db: DuibiaoDB): Promise<SearchSnapshot | undefined> {
  const recent = await db.snapshots
    .where('[platform+capturedAt]')
    .between([page.platform, now - MERGE_WINDOW_MS], [page.platform, Dexie.maxKey], true, true)
    .reverse()
    .toArray();
  return recent.find((s) => !s.complete && s.keyword === page.keyword && s.sort === page.sort && !s.pages.includes(page.page));
}

function summarise(s: SearchSnapshot, merged: boolean): SnapshotSaved {
  return { snapshotId: s.id!, itemCount: s.items.length, adsExcluded: s.adsExcluded, complete: s.complete, pages: s.pages, merged };
}

/** One snapshot, whole (items included). */
export function getSnapshot(id: number, db: DuibiaoDB = getDatabase()): Promise<SearchSnapshot | undefined> {
  return db.snapshots.get(id);
}

/** What pickers need of a snapshot; no items. */
export interface SnapshotHeader {
  id: number;
  keyword: string;
  platform: SearchSnapshot['platform'];
  capturedAt: number;
  complete: boolean;
  itemCount: number;
}

/** The newest snapshots (at most `limit`), newest first, as headers: read from the summaries, not the snapshots. */
export async function listSnapshotHeaders(limit = 200, db: DuibiaoDB = getDatabase()): Promise<SnapshotHeader[]> {
  const rows = await db.snapshotSummaries.orderBy('capturedAt').reverse().limit(limit).toArray();
  return rows.map((s) => ({
    id: s.snapshotId,
    keyword: s.keyword,
    platform: s.platform,
    capturedAt: s.capturedAt,
    complete: s.complete,
    itemCount: s.itemCount,
  }));
}

/** Adds a captured competitor to a snapshot's items (once); returns false when it was already there. */
export async function addCaptureToSnapshot(snapshotId: number, capture: ItemCapture, db: DuibiaoDB = getDatabase()): Promise<boolean> {
  return db.transaction('rw', db.snapshots, db.snapshotSummaries, db.snapshotItems, async () => {
    const snapshot = await db.snapshots.get(snapshotId);
    if (!snapshot) throw new Error('快照不存在');
    if (snapshot.items.some((i) => i.itemId === capture.itemId)) return false;
    const items = [...snapshot.items, captureAsSearchItem(capture, snapshot.items.length + 1)];
    await db.snapshots.update(snapshotId, { items });
    await writeDerived({ ...snapshot, items, id: snapshotId }, db);
    return true;
  });
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

/**
 * Deletes one snapshot; listings scored against it go back to choosing their snapshot automatically.
 * Returns how many items it held (for the confirmation the user saw).
 */
export async function deleteSnapshot(id: number, db: DuibiaoDB = getDatabase()): Promise<number> {
  return (await deleteSnapshots([id], db)).items;
}

/** Deletes snapshots and their summaries in one transaction; listings pointing at them choose again. */
export async function deleteSnapshots(
  ids: readonly number[],
  db: DuibiaoDB = getDatabase(),
): Promise<{ snapshots: number; items: number }> {
  return db.transaction('rw', [db.snapshots, db.snapshotSummaries, db.snapshotItems, db.listings, db.alerts], async () => {
    const found = (await db.snapshots.bulkGet([...ids])).filter((s): s is SearchSnapshot => !!s);
    const foundIds = found.map((s) => s.id!);
    await db.listings.where('benchmarkSnapshotId').anyOf(foundIds).modify({ benchmarkSnapshotId: null });
    await db.snapshots.bulkDelete(foundIds);
    await db.snapshotSummaries.bulkDelete(foundIds);
    await db.snapshotItems.bulkDelete(foundIds);
    // Its 动态 go with it (they were found in it; nothing else points at them).
    const gone = new Set(foundIds);
    await db.alerts.filter((a) => a.snapshotId !== null && gone.has(a.snapshotId)).delete();
    return { snapshots: found.length, items: found.reduce((n, s) => n + s.items.length, 0) };
  });
}

/** A snapshot's summary and item index, written in the caller's transaction whenever the snapshot changes. */
async function writeDerived(snapshot: SearchSnapshot & { id: number }, db: DuibiaoDB): Promise<void> {
  await db.snapshotSummaries.put(summariseSnapshot(snapshot));
  await db.snapshotItems.put(indexSnapshotItems(snapshot));
}

/** Rebuilds every summary and the item index from the snapshots (after a restore, which writes snapshots only). */
export async function rebuildSnapshotSummaries(db: DuibiaoDB = getDatabase()): Promise<void> {
  const summaries: SnapshotSummary[] = [];
  const index: SnapshotItems[] = [];
  await db.snapshots.each((s) => {
    summaries.push(summariseSnapshot(s as SearchSnapshot & { id: number }));
    index.push(indexSnapshotItems(s as SearchSnapshot & { id: number }));
  });
  await db.snapshotSummaries.clear();
  await db.snapshotItems.clear();
  await db.snapshotSummaries.bulkPut(summaries);
  await db.snapshotItems.bulkPut(index);
}
