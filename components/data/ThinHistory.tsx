import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactElement } from 'react';
import { chooseSnapshotsToThin } from '../../lib/analysis/history/thin-snapshots';
import { readAllSummaries } from '../../lib/db/history';
import { readSettings, updateSettings } from '../../lib/db/settings-store';
import { deleteSnapshots } from '../../lib/db/snapshots';
import { showAlertCount } from '../../lib/runtime/alert-badge';
import { errorMessage } from '../../lib/text/error-message';
import { ConfirmDelete } from './ConfirmDelete';

/**
 * 精简历史: everything is kept by default. With a number of days set, snapshots older than that can be thinned
 * to the last one per search per day: the preview says how many would go before the user confirms.
 */
export function ThinHistory(): ReactElement | null {
  const settings = useLiveQuery(() => readSettings(), []);
  const summaries = useLiveQuery(() => readAllSummaries(), []);
  const [error, setError] = useState<string | null>(null);
  if (!settings || !summaries) return null;
  const days = settings.thinAfterDays;
  const now = Date.now();
  const victims = days === null ? [] : chooseSnapshotsToThin(summaries, days, now, -new Date(now).getTimezoneOffset());
  const save = (text: string): void => {
    setError(null);
    const value = text.trim() === '' ? null : Number(text);
    updateSettings({ thinAfterDays: value }).catch(() => setError('天数应为 1–3650 的整数，留空表示全部保留'));
  };
  return (
    <div data-testid="thin-history">
      <label className="field">
        精简早于
        <input
          type="number"
          min={1}
          max={3650}
          placeholder="不精简"
          defaultValue={days ?? ''}
          onBlur={(e) => save(e.target.value)}
          style={{ width: 70 }}
          data-testid="thin-days"
        />
        天的快照：每个搜索每天只留最后一次
      </label>
      {error ? <p className="error">{error}</p> : null}
      {days === null ? (
        <p className="muted small">现在保留全部 {summaries.length} 个快照。</p>
      ) : victims.length === 0 ? (
        <p className="muted small" data-testid="thin-preview">
          早于 {days} 天的快照已经是每天一个，没有可以精简的。
        </p>
      ) : (
        <p className="small" data-testid="thin-preview">
          将删除 {victims.length} 个快照（共 {summaries.length} 个），每个搜索每天保留最后一次采集；{days} 天内的快照不动。{' '}
          <ConfirmDelete
            label="精简"
            what={`${victims.length} 个较早的快照`}
            onDelete={async () => {
              try {
                const done = await deleteSnapshots(victims);
                void showAlertCount().catch(() => undefined);
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
