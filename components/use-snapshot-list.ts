import { useLiveQuery } from 'dexie-react-hooks';
import { listSnapshotHeaders, type SnapshotHeader } from '../lib/db/snapshots';
import { PLATFORM_LABELS } from '../lib/model/page';
import { dateTimeFormat } from '../lib/text/display';

export interface SnapshotListEntry extends SnapshotHeader {
  label: string;
}

/** The 200 newest snapshots as picker entries, live; undefined while loading. */
export function useSnapshotList(): SnapshotListEntry[] | undefined {
  return useLiveQuery(async () => (await listSnapshotHeaders(200)).map((s) => ({ ...s, label: labelOf(s) })), []);
}

function labelOf(s: SnapshotHeader): string {
  return `${PLATFORM_LABELS[s.platform]} · ${s.keyword || '（无关键词）'} · ${dateTimeFormat.format(s.capturedAt)}${s.complete ? '' : ' · 不完整'}`;
}
