import { useState, type ReactElement } from 'react';
import { saveBackoffice } from '../../lib/db/backoffice';
import { withStorageErrors } from '../../lib/db/storage-errors';
import type { Platform } from '../../lib/model/page';
import {
  describeImport,
  inspectImportFile,
  parseImportFile,
  readImportFile,
  type ImportFile,
} from '../../lib/sites/backoffice/import-file';
import { errorMessage } from '../../lib/text/error-message';

type Outcome = { ok: boolean; text: string; details: string[] };

/**
 * 导入 a 生意参谋 export (商品效果, 搜索词 / 搜索分析), an order export or a 直通车 / 网销宝 keyword report (CSV in any
 * Chinese encoding, XLSX); the headers say which. The whole file is checked before
 * anything is written; a metrics file without its own period asks for one (so November's export is kept next
 * to October's instead of replacing it); rows left out are listed one by one.
 */
export function ImportBox(): ReactElement {
  const [platform, setPlatform] = useState<Platform>('1688');
  const [waiting, setWaiting] = useState<ImportFile | null>(null);
  const [period, setPeriod] = useState({ start: '', end: '' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  /** Every refusal ends the same way: the reason, and that nothing was written. */
  const refuse = (reason: string): void => setOutcome({ ok: false, text: `${reason}。没有导入任何数据。`, details: [] });

  const importFile = async (file: ImportFile, chosen: { start: string; end: string } | null): Promise<void> => {
    const result = parseImportFile(file, platform, chosen);
    if (!result.ok) return refuse(result.reason);
    await withStorageErrors(() => saveBackoffice(result.value.capture, Date.now()));
    setWaiting(null);
    setOutcome({ ok: true, text: describeImport(result.value), details: result.warnings });
  };

  const onFile = async (picked: File | undefined): Promise<void> => {
    if (!picked) return;
    setOutcome(null);
    setWaiting(null);
    setBusy(true);
    try {
      const read = await readImportFile(picked.name, await picked.arrayBuffer());
      if (!read.ok) return refuse(read.reason);
      if (inspectImportFile(read.value).needsPeriod) {
        setWaiting(read.value);
        return;
      }
      await importFile(read.value, null);
    } catch (error) {
      refuse(`导入失败：${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const onPeriod = (): void => {
    if (!waiting) return;
    if (!period.start || !period.end || period.start > period.end) {
      setOutcome({ ok: false, text: '请选择开始和结束日期（开始不晚于结束）。', details: [] });
      return;
    }
    setBusy(true);
    importFile(waiting, period)
      .catch((error: unknown) => refuse(`导入失败：${errorMessage(error)}`))
      .finally(() => setBusy(false));
  };

  return (
    <section className="import-box">
      <p className="actions">
        <select value={platform} onChange={(e) => setPlatform(e.target.value as Platform)} aria-label="数据来自哪个平台">
          <option value="1688">1688</option>
          <option value="taobao">淘宝/天猫</option>
        </select>
        <label className="secondary file-button">
          导入生意参谋/订单/直通车·网销宝报表（CSV、XLSX）
          <input
            type="file"
            accept=".csv,.xlsx,.xls"
            hidden
            disabled={busy}
            data-testid="import-file"
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </p>
      {waiting ? (
        <div className="period-ask" data-testid="import-period">
          <p className="small">“{waiting.name}”里没有统计日期。这份数据是哪段时间的？（不同时间段的数据会分别保留）</p>
          <label className="field">
            从
            <input
              type="date"
              value={period.start}
              onChange={(e) => setPeriod((p) => ({ ...p, start: e.target.value }))}
              data-testid="period-start"
            />
          </label>
          <label className="field">
            到
            <input
              type="date"
              value={period.end}
              onChange={(e) => setPeriod((p) => ({ ...p, end: e.target.value }))}
              data-testid="period-end"
            />
          </label>
          <button type="button" disabled={busy} onClick={onPeriod} data-testid="import-with-period">
            导入
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => setWaiting(null)}>
            取消
          </button>
        </div>
      ) : null}
      {outcome ? (
        <div className={outcome.ok ? 'muted' : 'error'} data-testid="import-message">
          <p>{outcome.text}</p>
          {outcome.details.length ? (
            <ul className="small" data-testid="import-details">
              {outcome.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
