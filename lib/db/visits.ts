import type { PageReport } from '../model/messages';
import type { PageVisit } from '../model/records';
import { getDatabase, type DuibiaoDB } from './database';

/** How many recognised pages the history keeps. */
export const MAX_VISITS = 200;
/** A re-report of the same URL within this window (SPA re-render, reload) updates the last visit. */
const SAME_VISIT_MS = 10_000;

/** Stores a page report as a visit, merging quick repeats and trimming old rows. */
export async function recordVisit(report: PageReport, now: number, db: DuibiaoDB = getDatabase()): Promise<PageVisit> {
  return db.transaction('rw', db.visits, async () => {
    const last = await db.visits.orderBy('seenAt').last();
    const visit: PageVisit = {
      url: report.url,
      platform: report.platform,
      kind: report.kind,
      keyword: report.keyword,
      itemId: report.itemId,
      title: report.title,
      seenAt: now,
    };
    if (last && last.url === report.url && now - last.seenAt < SAME_VISIT_MS) {
      await db.visits.update(last.id!, visit);
      return { ...visit, id: last.id };
    }
    const id = await db.visits.add(visit);
    const excess = (await db.visits.count()) - MAX_VISITS;
    if (excess > 0) {
      const oldest = await db.visits.orderBy('seenAt').limit(excess).primaryKeys();
      await db.visits.bulkDelete(oldest);
    }
    return { ...visit, id };
  });
}

/** The newest visits, newest first. */
export function listRecentVisits(limit = 50, db: DuibiaoDB = getDatabase()): Promise<PageVisit[]> {
  return db.visits.orderBy('seenAt').reverse().limit(limit).toArray();
}
