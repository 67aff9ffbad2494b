import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { encodeBackup } from '../../lib/db/backup';
import { backupStoredData, openDatabaseSafely, type OpenState } from '../../lib/db/safe-open';
import { downloadFile } from '../../lib/runtime/download';
import { errorMessage } from '../../lib/text/error-message';

/**
 * Opens the database before any pane reads it. When the upgrade to this version fails, the panes are not
 * shown (they would fail one by one); instead the user reads what happened and can save the data as it is
 * on disk, read without our schema, to restore once a fixed version is installed.
 */
export function DatabaseGate({ children }: { children: ReactNode }): ReactElement {
  const [state, setState] = useState<OpenState | null>(null);
  useEffect(() => {
    void openDatabaseSafely().then(setState);
  }, []);
  if (!state) return <p className="muted">打开本地数据…</p>;
  if (state.ok) return <>{children}</>;
  return <BrokenDatabase state={state} />;
}

function BrokenDatabase({ state }: { state: Extract<OpenState, { ok: false }> }): ReactElement {
  const [note, setNote] = useState<string | null>(null);
  const save = (): void => {
    setNote('正在导出…');
    const now = new Date();
    backupStoredData(undefined, now.getTime())
      .then(encodeBackup)
      .then((bytes) => {
        downloadFile(`对标原始数据_${now.toISOString().slice(0, 10)}.json.gz`, bytes, 'application/gzip');
        setNote('已导出。安装修复后的版本后，在“设置 → 数据 → 从备份恢复”选择这个文件。');
      })
      .catch((error: unknown) => setNote(`导出失败：${errorMessage(error)}`));
  };
  return (
    <section className="empty" data-testid="database-broken">
      <p className="empty-title">本地数据库没能升级到这个版本</p>
      <p>
        你的数据没有被删除，仍在浏览器里（数据版本 {state.storedVersion ?? '未知'}）。在问题修复前，对标暂时不能使用。请先导出一份原始数据：
      </p>
      <button type="button" onClick={save} data-testid="backup-raw">
        导出原始数据
      </button>
      {note ? <p className="small">{note}</p> : null}
      <p className="muted small">错误详情（反馈时请附上）：{state.message}</p>
    </section>
  );
}
