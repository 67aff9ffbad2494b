import { nonNegativeNumber, normaliseNumberText, scanNumerals } from './finite-number';

const UNIT: Record<string, number> = { 亿: 1e8, 万: 1e4, w: 1e4, W: 1e4, 千: 1e3, k: 1e3, K: 1e3 };

/**
 * Sales text → lower-bound count. "7318人付款" 7318, "1万+人付款" 10000, "已售1.2万+件" 12000, "100+" 100,
 * "全网10万+件" 100000, "月销 2.3w" 23000, "3.5万+" 35000. Unknown → null, never 0: an item whose sales
 * are not shown must not pull the average down. Follows the rule of finite-number.ts: "-5", "1e400", "0x1F"
 * and counts beyond MAX_SAFE_INTEGER are null.
 */
export function parseSalesCount(text: string | number | null | undefined): number | null {
  if (typeof text === 'number') {
    const n = nonNegativeNumber(text);
    return n === null ? null : Math.floor(n);
  }
  if (!text) return null;
  if (/^\d{1,15}$/.test(text)) return nonNegativeNumber(Number(text));
  const cleaned = normaliseNumberText(text);
  const first = scanNumerals(cleaned)[0];
  if (!first || first.value === null) return null;
  const multiplier = UNIT[cleaned[first.end] ?? ''] ?? 1;
  // Round after scaling: 1.2 × 10000 is 11999.999… in floating point.
  return nonNegativeNumber(Math.round(first.value * multiplier));
}
