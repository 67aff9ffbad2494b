import { Dexie } from 'dexie';
import { assembleTop60 } from '../analysis/top60';
import type { SnapshotSaved } from '../model/messages';
import type { SearchPage, SearchSnapshot } from '../model/records';
import type { DuibiaoDB } from './database';

/** A page 2 captured within this time of a partial page-1 snapshot completes it. */
export const MERGE_WINDOW_MS = 30 * 60 * 1000;

/**
 * Saves a parsed result page as a snapshot of its organic top 60, or merges it into the latest partial
 * snapshot of the same platform, keyword and sort when that one lacks this page. One transaction:
 * either the whole snapshot is written or nothing is.
 */
export async function saveSearchPage(db: DuibiaoDB, page: SearchPage, now: number): Promise<SnapshotSaved> {
  return db.transaction('rw', db.snapshots, async () => {
    const partial = await findMergeTarget(db, page, now);
    if (partial) {
      const top = assembleTop60([{ page: Math.min(...partial.pages), items: partial.items }, page]);
      const merged: SearchSnapshot = {
        ...partial,
        items: top.items,
        adsExcluded: partial.adsExcluded + top.adsExcluded,
        complete: top.complete,
        pages: [...new Set([...partial.pages, ...top.pages])].sort((a, b) => a - b),
        capturedAt: now,
        source: partial.source === page.source ? page.source : `${partial.source}+${page.source}`,
      };
      await db.snapshots.put(merged);
      return summarise(merged, true);
    }
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
      source: page.source,
    };
    const id = await db.snapshots.add(snapshot);
    return summarise({ ...snapshot, id }, false);
  });
}

/** Looks only at this platform's snapshots of the last half hour (an index range), not at the whole history. */
async function findMergeTarget(db: DuibiaoDB, page: SearchPage, now: number): Promise<SearchSnapshot | undefined> {
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
