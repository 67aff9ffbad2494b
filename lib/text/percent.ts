import { normaliseNumberText, percentToRate, rateFraction, scanNumerals } from './finite-number';

/**
 * Percentages as fractions: "11%" 0.11, "4.1 %" 0.041, 0.041 stays 0.041 (sycm sends fractions),
 * "11" (a string without %) 0.11 when `bareIsPercent` says bare strings are percents. Unknown → null.
 * Follows the rule of finite-number.ts: a rate is within 0–1, so "150%", "-3%" and 1.5 are null.
 */
export function parsePercent(value: string | number | null | undefined, bareIsPercent = true): number | null {
  if (typeof value === 'number') return rateFraction(value);
  if (!value) return null;
  const cleaned = normaliseNumberText(value);
  const first = scanNumerals(cleaned)[0];
  if (!first || first.value === null) return null;
  if (cleaned[first.end] === '%' || bareIsPercent) return percentToRate(first.value);
  return rateFraction(first.value);
}
