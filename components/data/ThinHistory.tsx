import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactElement } from 'react';
import { chooseSnapshotsToThin } from '../../lib/analysis/history/thin-snapshots';
import { countSummaries, readSummariesBefore } from '../../lib/db/history';
import { DAY_MS } from '../../lib/text/china-date';
import { readSettings } from '../../lib/db/settings-store';
import { deleteSnapshots } from '../../lib/db/snapshots';
import { errorMessage } from '../../lib/text/error-message';
import { NumberField, useSettingsSave } from '../settings-fields';
import { ConfirmDelete } from './ConfirmDelete';

/**
 * 精简历史: everything is kept by default. With a number of days set, snapshots older than that can be thinned
 * to the last one per search per day: the preview says how many would go before the user confirms.
 */
export function ThinHistory(): ReactElement | null {
  const settings = useLiveQuery(() => readSettings(), []);
  const days = settings?.thinAfterDays;
  // Only snapshots older than the cut-off can go: the plan reads those, and is made again only when they change.
  const plan = useLiveQuery(async () => {
    if (days === undefined) return undefined;
    const total = await countSummaries();
    if (days === null) return { total, victims: [] };
    const now = Date.now();
    const old = await readSummariesBefore(now - days * DAY_MS);
    return { total, victims: chooseSnapshotsToThin(old, days, now, -new Date(now).getTimezoneOffset()) };
  }, [days]);
  const settingsSave = useSettingsSave();
  if (!settings || !plan || days === undefined) return null;
  const { total, victims } = plan;
  const save = (text: string): void =>
    settingsSave.save({ thinAfterDays: text.trim() === '' ? null : Number(text) }, '天数应为 1–3650 的整数，留空表示全部保留');
  return (
    <div data-testid="thin-history">
      <NumberField
        label="精简早于"
        suffix="天的快照：每个搜索每天只留最后一次"
        value={days}
        min={1}
        max={3650}
        width={70}
        placeholder="不精简"
        onSave={save}
        testId="thin-days"
      />
      {settingsSave.error}
      {days === null ? (
        <p className="muted small">现在保留全部 {total} 个快照。</p>
      ) : victims.length === 0 ? (
        <p className="muted small" data-testid="thin-preview">
          早于 {days} 天的快照已经是每天一个，没有可以精简的。
        </p>
      ) : (
        <p className="small" data-testid="thin-preview">
          将删除 {victims.length} 个快照（共 {total} 个），每个搜索每天保留最后一次采集；{days} 天内的快照不动。{' '}
          <ConfirmDelete
            label="精简"
            what={`${victims.length} 个较早的快照`}
            onDelete={async () => {
              try {
                const done = await deleteSnapshots(victims);
                return `已删除 ${done.snapshots} 个快照`;
              } catch (e) {
                return `没有删除：${errorMessage(e)}`;
              }
            }}
            testId="thin-confirm"
          />
        </p>
      )}
    </div>
  );
}
