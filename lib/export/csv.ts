import type { Table } from './snapshot-rows';

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark so Excel opens Chinese text correctly. Numbers are written
 * bare (Excel reads them as numbers); text is quoted when it needs to be. A leading =, +, - or @ in text
 * gets a ' prefix so scraped titles cannot become spreadsheet formulas.
 */
export function toCsv(table: Table): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(formatCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function formatCell(cell: string | number | null): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
