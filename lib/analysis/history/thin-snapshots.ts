import { searchKeyOf, type SnapshotSummary } from '../../model/history';
import { DAY_MS } from '../../text/china-date';

/**
 * Snapshots to remove when history older than `days` is thinned to one snapshot per search per day: in each
 * (search, calendar day) group older than the cut-off, all but the latest complete capture of that day (the
 * latest capture when none is complete: a page-1-only capture never replaces a full top 60). Days are the
 * user's calendar days (`utcOffsetMinutes`, e.g. 480 for China). Newer snapshots are never touched.
 */
export function chooseSnapshotsToThin(
  summaries: readonly SnapshotSummary[],
  days: number,
  now: number,
  utcOffsetMinutes: number,
): number[] {
  const cutoff = now - days * DAY_MS;
  const latestOfDay = new Map<string, SnapshotSummary>();
  const old = summaries.filter((s) => s.capturedAt < cutoff);
  for (const s of old) {
    const day = Math.floor((s.capturedAt + utcOffsetMinutes * 60_000) / DAY_MS);
    const key = `${searchKeyOf(s)}\u0000${day}`;
    const kept = latestOfDay.get(key);
    if (!kept || isBetterKeeper(s, kept)) latestOfDay.set(key, s);
  }
  const keep = new Set([...latestOfDay.values()].map((s) => s.snapshotId));
  return old.filter((s) => !keep.has(s.snapshotId)).map((s) => s.snapshotId);
}

function isBetterKeeper(candidate: SnapshotSummary, kept: SnapshotSummary): boolean {
  if (candidate.complete !== kept.complete) return candidate.complete;
  return candidate.capturedAt > kept.capturedAt || (candidate.capturedAt === kept.capturedAt && candidate.snapshotId > kept.snapshotId);
}
