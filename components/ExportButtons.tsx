import { useState, type ReactElement } from 'react';
import { toCsv } from '../lib/export/csv';
import type { Table } from '../lib/export/snapshot-rows';
import { toXlsx } from '../lib/export/xlsx';
import { downloadFile } from '../lib/runtime/download';
import { errorMessage } from '../lib/text/error-message';

/** 导出 Excel / 导出 CSV for one table; the XLSX writer is loaded on first click. */
export function ExportButtons({
  table,
  fileName,
  testId,
}: {
  table: () => Table;
  fileName: (ext: 'xlsx' | 'csv') => string;
  testId: string;
}): ReactElement {
  const [error, setError] = useState<string | null>(null);
  const exportXlsx = async (): Promise<void> => {
    setError(null);
    try {
      downloadFile(fileName('xlsx'), await toXlsx([table()]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } catch (e) {
      setError(`导出失败：${errorMessage(e)}`);
    }
  };
  return (
    <>
      <p className="actions">
        <button type="button" onClick={() => void exportXlsx()} data-testid={`${testId}-xlsx`}>
          导出 Excel
        </button>
        <button
          type="button"
          className="secondary"
          data-testid={`${testId}-csv`}
          onClick={() => downloadFile(fileName('csv'), toCsv(table()), 'text/csv;charset=utf-8')}
        >
          导出 CSV
        </button>
      </p>
      {error ? <p className="error">{error}</p> : null}
    </>
  );
}
