import { nonNegativeNumber, normaliseNumberText, readPlainDecimal } from './finite-number';

/**
 * 1688 seller order lists give money in fen (1/100 yuan): 12850 → 128.5. Unknown → null. Follows the rule of
 * finite-number.ts: an amount is a plain non-negative number ("-990", "0x1F", "1e3" are null).
 */
export function fenToYuan(fen: number | string | null | undefined): number | null {
  if (fen === null || fen === undefined || fen === '') return null;
  const n = typeof fen === 'number' ? nonNegativeNumber(fen) : readPlainDecimal(normaliseNumberText(fen));
  return n === null ? null : Math.round(n) / 100;
}
