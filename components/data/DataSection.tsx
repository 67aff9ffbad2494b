import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactElement } from 'react';
import {
  backupFileName,
  checkBackup,
  countRows,
  createBackup,
  describeRestore,
  restoreBackup,
  TABLE_LABELS,
  type RestoreCheck,
} from '../../lib/db/backup';
import { downloadFile } from '../../lib/runtime/download';
import { ThinHistory } from './ThinHistory';
import { readStorageUse, requestPersistentStorage, type StorageUse } from '../../lib/runtime/storage-use';
import { dateTimeFormat, formatBytes } from '../../lib/text/display';
import { errorMessage } from '../../lib/text/error-message';

/** 设置 → 数据: storage use and persistence, 备份 to one file, 恢复 from one (checked before writing). */
export function DataSection(): ReactElement {
  const counts = useLiveQuery(() => countRows(), []);
  return (
    <section className="data-section" data-testid="data-section">
      <h2>数据</h2>
      <StorageLine />
      {counts ? (
        <p className="muted small" data-testid="row-counts">
          {Object.entries(counts)
            .map(([table, n]) => `${TABLE_LABELS[table] ?? table} ${n}`)
            .join(' · ')}
        </p>
      ) : null}
      <BackupButton />
      <RestoreBox />
      <ThinHistory />
    </section>
  );
}

function StorageLine(): ReactElement {
  const [use, setUse] = useState<StorageUse | null>(null);
  const refresh = (): void => void readStorageUse().then(setUse);
  useEffect(refresh, []);
  if (!use) return <p className="muted small">读取存储用量…</p>;
  return (
    <p className="small" data-testid="storage-use">
      已用 {formatBytes(use.usage)}
      {use.quota ? ` / 可用约 ${formatBytes(use.quota)}` : ''} ·{' '}
      {use.persisted ? (
        <span className="tag ok">浏览器已承诺不自动清除</span>
      ) : (
        <>
          <span className="tag warn">磁盘紧张时浏览器可能清除数据</span>{' '}
          <button type="button" onClick={() => void requestPersistentStorage().then(refresh)} data-testid="persist">
            申请长期保存
          </button>
        </>
      )}
    </p>
  );
}

function BackupButton(): ReactElement {
  const [state, setState] = useState<string | null>(null);
  const run = (): void => {
    setState('正在备份…');
    const now = new Date();
    createBackup(undefined, now.getTime())
      .then((bytes) => {
        downloadFile(backupFileName(now), bytes, 'application/gzip');
        setState(`已生成备份（${formatBytes(bytes.length)}），请保存在安全的地方：文件里有订单和买家数据。`);
      })
      .catch((error: unknown) => setState(`备份失败：${errorMessage(error)}`));
  };
  return (
    <p>
      <button type="button" onClick={run} data-testid="backup">
        备份全部数据
      </button>{' '}
      {state ? (
        <span className="muted small" data-testid="backup-status">
          {state}
        </span>
      ) : null}
    </p>
  );
}

/** Choose a file → it is checked completely → the user sees what it holds and picks 合并 or 替换. */
function RestoreBox(): ReactElement {
  const [check, setCheck] = useState<RestoreCheck | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (file: File): Promise<void> => {
    setCheck(null);
    setMessage(null);
    try {
      setCheck(await checkBackup(new Uint8Array(await file.arrayBuffer())));
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    }
  };
  const restore = (): void => {
    if (!check) return;
    setBusy(true);
    restoreBackup(check, mode)
      .then((report) => {
        setMessage({ text: describeRestore(report), error: false });
        setCheck(null);
      })
      .catch((error: unknown) => setMessage({ text: `恢复失败，没有写入任何数据：${errorMessage(error)}`, error: true }))
      .finally(() => setBusy(false));
  };

  return (
    <div data-testid="restore">
      <p>
        <label className="secondary file-button">
          从备份恢复…
          <input
            type="file"
            hidden
            accept=".gz,.json,application/gzip,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read(file);
              e.target.value = '';
            }}
            data-testid="restore-file"
          />
        </label>
      </p>
      {check ? (
        <div data-testid="restore-check">
          <p className="small">
            备份时间 {dateTimeFormat.format(check.createdAt)}（数据版本 {check.schemaVersion}）：
            {Object.entries(check.rows)
              .map(([table, rows]) => `${TABLE_LABELS[table] ?? table} ${rows.length}`)
              .join(' · ')}
          </p>
          {Object.keys(check.refused).length ? (
            <p className="small error" data-testid="restore-refused">
              以下行不符合格式，不会恢复：
              {Object.entries(check.refused)
                .map(([table, r]) => `${TABLE_LABELS[table] ?? table} ${r.count} 行（${r.example}）`)
                .join('；')}
            </p>
          ) : null}
          <label className="field">
            <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            合并：保留现有数据，只加入备份里没有的
          </label>
          <label className="field">
            <input
              type="radio"
              name="restore-mode"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
              data-testid="restore-replace"
            />
            替换：先清空现有全部数据，再写入备份
          </label>
          <button type="button" disabled={busy} onClick={restore} data-testid="restore-run">
            {mode === 'replace' ? '清空并恢复' : '合并恢复'}
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => setCheck(null)}>
            取消
          </button>
        </div>
      ) : null}
      {message ? (
        <p className={message.error ? 'error small' : 'small'} data-testid="restore-result">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
