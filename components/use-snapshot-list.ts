import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../lib/db/database';
import { PLATFORM_LABELS, type Platform } from '../lib/model/page';
import type { SearchSnapshot } from '../lib/model/records';
import { dateTimeFormat } from './format';

export interface SnapshotListEntry {
  id: number;
  keyword: string;
  platform: Platform;
  capturedAt: number;
  label: string;
}

/** The 200 newest snapshots as picker entries, live; undefined while loading. */
export function useSnapshotList(): SnapshotListEntry[] | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    const keys = await db.snapshots.orderBy('capturedAt').reverse().limit(200).primaryKeys();
    const rows = await db.snapshots.bulkGet(keys);
    return rows
      .filter((s): s is SearchSnapshot => !!s)
      .map((s) => ({ id: s.id!, keyword: s.keyword, platform: s.platform, capturedAt: s.capturedAt, label: labelOf(s) }));
  }, []);
}

function labelOf(s: SearchSnapshot): string {
  return `${PLATFORM_LABELS[s.platform]} · ${s.keyword || '（无关键词）'} · ${dateTimeFormat.format(s.capturedAt)}${s.complete ? '' : ' · 不完整'}`;
}
