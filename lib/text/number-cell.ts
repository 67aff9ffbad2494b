import { normaliseNumberText, percentToRate, readPlainDecimal } from './finite-number';

/**
 * A number as shown in a table cell or a metric string: "1,024", "¥129.00", "4.10%" (→ 0.041), "-" or
 * "—" or "" (→ null). Unknown → null, never 0. The cell must be one number and nothing else, and follows the
 * rule of finite-number.ts: the cells read are counts, amounts and rates, so "-12", "150%", "1e3", "0x1F"
 * and values beyond MAX_SAFE_INTEGER are null.
 */
export function parseNumberCell(cell: string | null | undefined): number | null {
  if (cell === null || cell === undefined) return null;
  const t = normaliseNumberText(cell).replace(/[¥￥]/g, '');
  if (!t) return null;
  if (!t.endsWith('%')) return readPlainDecimal(t);
  const percent = readPlainDecimal(t.slice(0, -1));
  return percent === null ? null : percentToRate(percent);
}
