import { roundNoise } from './cell-checks';

/**
 * The text Excel shows for a cell as exceljs reads it. exceljs gives Dates, rich-text runs, formulas with
 * their cached result, hyperlinks and error objects; String() of those made "Sat Aug 01 2026 …",
 * "[object Object]" and null, and the importer lost whole tables to it.
 */
export function xlsxCellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return '';
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return richText(v.richText);
  // A formula's value is the result Excel cached when it last saved; without one there is nothing to show.
  if ('formula' in v || 'sharedFormula' in v) return xlsxCellText(v.result, numFmt);
  // Hyperlink: the text shown, which may itself be rich text.
  if ('text' in v) return xlsxCellText(v.text, numFmt);
  if (typeof v.error === 'string') return v.error;
  return '';
}

function richText(runs: readonly unknown[]): string {
  return runs
    .map((run) =>
      run && typeof run === 'object' && typeof (run as { text?: unknown }).text === 'string' ? (run as { text: string }).text : '',
    )
    .join('');
}

/** Whether a number format shows a percent (ignoring quoted literals and escaped characters). */
function isPercentFormat(numFmt: string | undefined): boolean {
  return (
    !!numFmt &&
    numFmt
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .includes('%')
  );
}

/**
 * A number as its text without float noise (1520.4000000000001 → "1520.4"); a cell formatted as percent
 * keeps its % ("8%"), so the rate reader does not have to guess. A whole number beyond 2^53 (a 19-digit
 * order number stored as a number) has already lost digits: it is written in exponent form so that the
 * id checks refuse it instead of storing a wrong number.
 */
function numberText(n: number, numFmt: string | undefined): string {
  if (!Number.isFinite(n)) return '';
  if (isPercentFormat(numFmt)) return `${roundNoise(n * 100)}%`;
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) return n.toPrecision(15);
  return String(roundNoise(n));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * exceljs turns an Excel serial date into a Date whose UTC fields are the wall-clock time written in the
 * sheet (Excel has no time zone). Exports from Chinese platforms write China time, so those fields are
 * China time: "YYYY-MM-DD HH:mm:ss", or the date alone at midnight. Rounded to the second first, since
 * serials carry float error (10:21:32.9999).
 */
function dateText(d: Date): string {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return '';
  const t = new Date(Math.round(ms / 1000) * 1000);
  const date = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const h = t.getUTCHours();
  const mi = t.getUTCMinutes();
  const s = t.getUTCSeconds();
  return h || mi || s ? `${date} ${pad(h)}:${pad(mi)}:${pad(s)}` : date;
}
