import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactElement } from 'react';
import { compareRankedItems } from '../../lib/analysis/history/compare-snapshots';
import { rankedItems } from '../../lib/analysis/history/summarise-snapshot';
import { getSnapshot } from '../../lib/db/snapshots';
import { changesTable } from '../../lib/export/history-rows';
import type { SnapshotSummary } from '../../lib/model/history';
import type { SearchItem } from '../../lib/model/records';
import { dateTimeFormat, formatCount, formatYuan } from '../../lib/text/display';
import { ExportButtons } from '../ExportButtons';
import { chinaIsoDate } from '../../lib/text/china-date';
import { RankMove } from './MyRanks';

/** What moved between two captures of the search (the last two unless the user picks others). */
export function SnapshotComparison({ timeline }: { timeline: readonly SnapshotSummary[] }): ReactElement {
  const [olderId, setOlderId] = useState<number>(timeline[timeline.length - 2]!.snapshotId);
  const [newerId, setNewerId] = useState<number>(timeline[timeline.length - 1]!.snapshotId);
  const pair = useLiveQuery(async () => Promise.all([getSnapshot(olderId), getSnapshot(newerId)]), [olderId, newerId]);
  const older = useMemo(() => (pair?.[0] ? rankedItems(pair[0]) : null), [pair]);
  const newer = useMemo(() => (pair?.[1] ? rankedItems(pair[1]) : null), [pair]);
  const changes = useMemo(
    () =>
      older && newer && pair?.[0] && pair[1]
        ? compareRankedItems(older, newer, { older: pair[0].complete, newer: pair[1].complete })
        : null,
    [older, newer, pair],
  );
  const picker = (label: string, value: number, set: (id: number) => void, testId: string): ReactElement => (
    <label className="field">
      {label}
      <select value={value} onChange={(e) => set(Number(e.target.value))} data-testid={testId}>
        {timeline.map((s) => (
          <option key={s.snapshotId} value={s.snapshotId}>
            {dateTimeFormat.format(s.capturedAt)}
            {s.complete ? '' : '（不完整）'}
          </option>
        ))}
      </select>
    </label>
  );
  const byId = new Map([...(older ?? []), ...(newer ?? [])].map((i) => [i.itemId, i]));
  const rankIn = (list: readonly SearchItem[] | null, id: string): number | null => {
    const i = list?.findIndex((x) => x.itemId === id) ?? -1;
    return i === -1 ? null : i + 1;
  };
  return (
    <section data-testid="snapshot-changes">
      <h2>两次采集之间的变化</h2>
      {picker('之前', olderId, setOlderId, 'compare-older')}
      {picker('之后', newerId, setNewerId, 'compare-newer')}
      {!changes ? (
        <p className="muted">读取中…</p>
      ) : (
        <>
          <p className="small" data-testid="changes-summary">
            新进入前60 {changes.entered.length} 个 · 离开 {changes.left.length} 个 · 排名变化 {changes.moved.length} 个 · 价格变化{' '}
            {changes.priceChanged.length} 个 · 销量变化 {changes.salesChanged.length} 个 · 新标题 {changes.titleChanged.length} 个
          </p>
          <table className="list small" data-testid="changes-table">
            <tbody>
              {changes.entered.map((id) => (
                <ChangeRow key={`e${id}`} kind="entered" item={byId.get(id)} text={`新进入，第${rankIn(newer, id)}名`} />
              ))}
              {changes.left.map((id) => (
                <ChangeRow key={`l${id}`} kind="left" item={byId.get(id)} text={`离开前60（原第${rankIn(older, id)}名）`} />
              ))}
              {changes.moved.map((m) => (
                <ChangeRow key={`m${m.itemId}`} kind="moved" item={byId.get(m.itemId)} text={`第${m.from} → 第${m.to}名`} move={m} />
              ))}
              {changes.priceChanged.map((m) => (
                <ChangeRow
                  key={`p${m.itemId}`}
                  kind="price"
                  item={byId.get(m.itemId)}
                  text={`价格 ${formatYuan(m.from)} → ${formatYuan(m.to)}`}
                />
              ))}
              {changes.salesChanged.map((m) => (
                <ChangeRow
                  key={`s${m.itemId}`}
                  kind="sales"
                  item={byId.get(m.itemId)}
                  text={`销量 ${formatCount(m.from)} → ${formatCount(m.to)}`}
                />
              ))}
              {changes.titleChanged.map((m) => (
                <ChangeRow key={`t${m.itemId}`} kind="title" item={byId.get(m.itemId)} text={`原标题：${m.from}`} />
              ))}
            </tbody>
          </table>
          <ExportButtons
            table={() => changesTable(changes, older ?? [], newer ?? [])}
            fileName={(ext) => `变化_${chinaIsoDate(Date.now())}.${ext}`}
            testId="changes-export"
          />
        </>
      )}
    </section>
  );
}

function ChangeRow({
  kind,
  item,
  text,
  move,
}: {
  kind: string;
  item: SearchItem | undefined;
  text: string;
  move?: { from: number; to: number };
}): ReactElement {
  return (
    <tr data-change={kind} data-item={item?.itemId ?? ''}>
      <td>{item?.title ?? item?.itemId ?? '—'}</td>
      <td>
        {text} {move ? <RankMove from={move.from} to={move.to} /> : null}
      </td>
    </tr>
  );
}
