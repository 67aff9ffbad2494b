/**
 * Percentages as fractions: "11%" 0.11, "4.1 %" 0.041, 0.041 stays 0.041 (sycm sends fractions),
 * "11" (a string without %) 0.11 when `bareIsPercent` says bare strings are percents. Unknown → null.
 */
export function parsePercent(value: string | number | null | undefined, bareIsPercent = true): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (!value) return null;
  const match = /(-?\d+(?:\.\d+)?)\s*(%|％)?/.exec(value.replace(/[,，]/g, ''));
  if (!match) return null;
  const number = Number(match[1]);
  if (match[2] || bareIsPercent) return roundFraction(number / 100);
  return number;
}

function roundFraction(x: number): number {
  // Keep 0.041 instead of 0.040999999999999995 after dividing by 100.
  return Math.round(x * 1e10) / 1e10;
}
