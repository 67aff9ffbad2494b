import { Dexie } from 'dexie';
import { buildCompetitorHistory, type CompetitorHistory } from '../analysis/history/competitor-history';
import { detectCaptureAlerts, detectSnapshotAlerts, type AlertContext } from '../analysis/history/detect-alerts';
import { buildMyItems, type MyItems } from '../analysis/history/mine';
import type { Alert, SnapshotSummary } from '../model/history';
import { itemIdentityOf, itemPlatformOf } from '../model/item-platform';
import type { Platform } from '../model/page';
import type { SearchSnapshot } from '../model/records';
import { itemKeyOf, listCaptureVersions } from './captures';
import { getDatabase, type DuibiaoDB } from './database';
import { readSettings } from './settings-store';

/** A search with history: platform + keyword, how many snapshots and when. */
export interface TrackedSearch {
  platform: Platform;
  keyword: string;
  snapshots: number;
  lastAt: number;
}

/** Every platform + keyword with snapshots, newest activity first. Reads index keys only, never rows. */
export async function listTrackedSearches(db: DuibiaoDB = getDatabase()): Promise<TrackedSearch[]> {
  const keys = (await db.snapshotSummaries.orderBy('[platform+keyword+capturedAt]').keys()) as unknown as [Platform, string, number][];
  const searches = new Map<string, TrackedSearch>();
  for (const [platform, keyword, at] of keys) {
    const id = `${platform}\u0000${keyword}`;
    const s = searches.get(id);
    if (s) {
      s.snapshots++;
      s.lastAt = Math.max(s.lastAt, at);
    } else searches.set(id, { platform, keyword, snapshots: 1, lastAt: at });
  }
  return [...searches.values()].sort((a, b) => b.lastAt - a.lastAt);
}

/** A search's summaries, oldest first (the trend view reads these, not the snapshots). */
export function readSearchTimeline(platform: Platform, keyword: string, db: DuibiaoDB = getDatabase()): Promise<SnapshotSummary[]> {
  return db.snapshotSummaries
    .where('[platform+keyword+capturedAt]')
    .between([platform, keyword, Dexie.minKey], [platform, keyword, Dexie.maxKey])
    .toArray();
}

/** Summaries captured before a time (all by default), oldest first: what thinning may touch. */
export function readSummariesBefore(cutoff: number = Infinity, db: DuibiaoDB = getDatabase()): Promise<SnapshotSummary[]> {
  return db.snapshotSummaries.where('capturedAt').below(cutoff).toArray();
}

/** How many snapshots are stored (their summaries are one each). */
export function countSummaries(db: DuibiaoDB = getDatabase()): Promise<number> {
  return db.snapshotSummaries.count();
}

/** My own listings plus the shops named in 设置 → 我的店铺. */
export async function readMyItems(db: DuibiaoDB = getDatabase()): Promise<MyItems> {
  const [listings, settings] = await Promise.all([db.listings.toArray(), readSettings(db)]);
  return buildMyItems(listings, settings.myShopNames);
}

async function readAlertContext(db: DuibiaoDB): Promise<AlertContext> {
  const [listings, settings, watched] = await Promise.all([
    db.listings.toArray(),
    readSettings(db),
    db.items.filter((i) => i.watched).toArray(),
  ]);
  return {
    mine: buildMyItems(listings, settings.myShopNames),
    watchedKeys: new Set(watched.map((i) => itemIdentityOf(i.platform, i.itemId))),
    priceAlertShare: settings.priceAlertShare,
  };
}

/**
 * After a snapshot is saved (or completed by its page 2): the changes against the previous snapshot of the
 * same search, stored as 动态. Entries found earlier for the same snapshot and not yet dismissed are replaced,
 * so a page 2 merged later never leaves a stale "left the top 60".
 */
export async function recordSnapshotAlerts(snapshotId: number, now: number, db: DuibiaoDB = getDatabase()): Promise<number> {
  const snapshot = await db.snapshots.get(snapshotId);
  if (!snapshot) return 0;
  const previous = await findPreviousSnapshot(snapshot, db);
  const context = await readAlertContext(db);
  const drafts = previous ? detectSnapshotAlerts(previous, snapshot, context) : [];
  return db.transaction('rw', db.alerts, async () => {
    // What the user already dismissed for this snapshot stays dismissed when its page 2 is merged later.
    const earlier = await db.alerts.filter((a) => a.snapshotId === snapshotId).toArray();
    const dismissed = new Set(earlier.filter((a) => a.dismissedAt !== null).map(alertSignature));
    await db.alerts.bulkDelete(earlier.filter((a) => a.dismissedAt === null).map((a) => a.id!));
    const fresh = drafts.filter((d) => !dismissed.has(alertSignature(d)));
    await db.alerts.bulkAdd(fresh.map((d) => ({ ...d, snapshotId, createdAt: now, dismissedAt: null })));
    await trimAlerts(db);
    return fresh.length;
  });
}

function alertSignature(a: Pick<Alert, 'kind' | 'itemId' | 'from' | 'to'>): string {
  return JSON.stringify([a.kind, a.itemId, a.from, a.to]);
}

/** The newest earlier snapshot of the same platform, keyword and sort. */
async function findPreviousSnapshot(snapshot: SearchSnapshot, db: DuibiaoDB): Promise<SearchSnapshot | undefined> {
  const earlier = await db.snapshotSummaries
    .where('[platform+keyword+capturedAt]')
    .between([snapshot.platform, snapshot.keyword, Dexie.minKey], [snapshot.platform, snapshot.keyword, snapshot.capturedAt], true, false)
    .reverse()
    .filter((s) => s.sort === snapshot.sort && s.snapshotId !== snapshot.id)
    .first();
  return earlier ? db.snapshots.get(earlier.snapshotId) : undefined;
}

/** After a competitor's item page is captured: price, title and main-image changes against its previous version. */
export async function recordCaptureAlerts(itemKey: string, now: number, db: DuibiaoDB = getDatabase()): Promise<number> {
  const versions = await listCaptureVersions(itemKey, db);
  const [previous, latest] = versions.slice(-2);
  if (!previous || !latest) return 0;
  const drafts = detectCaptureAlerts(previous, latest, await readAlertContext(db));
  await db.transaction('rw', db.alerts, async () => {
    await db.alerts.bulkAdd(drafts.map((d) => ({ ...d, snapshotId: null, createdAt: now, dismissedAt: null })));
    await trimAlerts(db);
  });
  return drafts.length;
}

/** The list is a reminder, not an archive: at most this many entries, dismissed ones go first. */
export const MAX_ALERTS = 1000;

async function trimAlerts(db: DuibiaoDB): Promise<void> {
  const count = await db.alerts.count();
  if (count <= MAX_ALERTS) return;
  const all = await db.alerts.orderBy('createdAt').toArray();
  const victims = [...all.filter((a) => a.dismissedAt !== null), ...all.filter((a) => a.dismissedAt === null)].slice(0, count - MAX_ALERTS);
  await db.alerts.bulkDelete(victims.map((a) => a.id!));
}

/** Open (not dismissed) 动态, newest capture first, in the order found within one capture. */
export async function listOpenAlerts(db: DuibiaoDB = getDatabase()): Promise<Alert[]> {
  const open = await db.alerts.filter((a) => a.dismissedAt === null).toArray();
  return open.sort((a, b) => b.createdAt - a.createdAt || a.id! - b.id!);
}

export async function countOpenAlerts(db: DuibiaoDB = getDatabase()): Promise<number> {
  return db.alerts.filter((a) => a.dismissedAt === null).count();
}

/** Dismisses one entry, or all open ones when `id` is null. */
export async function dismissAlerts(id: number | null, now: number, db: DuibiaoDB = getDatabase()): Promise<void> {
  if (id !== null) await db.alerts.update(id, { dismissedAt: now });
  else await db.alerts.filter((a) => a.dismissedAt === null).modify({ dismissedAt: now });
}

/** A competitor's points from its captures and from every snapshot it was ranked in (found by the summaries' item index). */
export async function readCompetitorHistory(platform: Platform, itemId: string, db: DuibiaoDB = getDatabase()): Promise<CompetitorHistory> {
  const ids = await db.snapshotItems.where('itemIds').equals(itemId).primaryKeys();
  // A Tmall item is ranked in Taobao searches too: the same item whichever of the two names it.
  const family = itemPlatformOf(platform);
  const snapshots = (await db.snapshots.bulkGet(ids)).filter((s): s is SearchSnapshot => !!s && itemPlatformOf(s.platform) === family);
  return buildCompetitorHistory(itemId, await listCaptureVersions(itemKeyOf({ platform, itemId }), db), snapshots);
}
