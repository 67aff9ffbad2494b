export interface NumberStats {
  /** How many items had a value (nulls are left out, never counted as 0). */
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
}

/** Mean, median, min and max of the known values; null when there are none. */
export function summarise(values: readonly (number | null | undefined)[]): NumberStats | null {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const sum = known.reduce((a, b) => a + b, 0);
  return {
    count: known.length,
    mean: sum / known.length,
    median: quantileSorted(known, 0.5),
    min: known[0]!,
    max: known[known.length - 1]!,
  };
}

/** Linear-interpolated quantile of an ascending array (the common "type 7" definition). */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** num / den when both are known and den is not 0 (rates a page does not state, from its counts; 竞争度). */
export function ratio(num: number | null, den: number | null): number | null {
  return num !== null && den ? num / den : null;
}
