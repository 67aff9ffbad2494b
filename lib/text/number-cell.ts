/**
 * A number as shown in a table cell or a metric string: "1,024", "¥129.00", "4.10%" (→ 0.041), "-" or
 * "—" or "" (→ null). Unknown → null, never 0.
 */
export function parseNumberCell(cell: string | null | undefined): number | null {
  if (cell === null || cell === undefined) return null;
  const t = cell.replace(/[,，\s¥￥]/g, '');
  if (!t || t === '-' || t === '—') return null;
  const percent = t.endsWith('%');
  const n = Number(percent ? t.slice(0, -1) : t);
  return Number.isFinite(n) ? (percent ? n / 100 : n) : null;
}
