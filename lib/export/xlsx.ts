import type { Table } from './snapshot-rows';

/**
 * An .xlsx workbook (one sheet per table) as bytes, built with exceljs. The library is loaded on first
 * use so it stays out of every bundle that never exports. Numbers are written as numeric cells.
 */
export async function toXlsx(tables: readonly Table[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '对标 Duibiao';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.replace(/[\\/?*[\]:]/g, '_') || 'Sheet');
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? sanitiseText(cell) : cell)));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Strings are never formulas in exceljs, but keep control characters out of the XML. */
function sanitiseText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}
