/** Fewer rows than this and "a third" of them says nothing (one row would be top and bottom at once). */
export const MIN_ROWS_FOR_THIRDS = 3;

/**
 * The value at the edge of the top third: the ⌈n/3⌉-th highest. Values at or above it are in the top third
 * (ties included). Null for fewer than MIN_ROWS_FOR_THIRDS values.
 */
export function topThirdEdge(values: readonly number[]): number | null {
  if (values.length < MIN_ROWS_FOR_THIRDS) return null;
  const sorted = [...values].sort((a, b) => b - a);
  return sorted[Math.ceil(sorted.length / 3) - 1]!;
}

/** The value at the edge of the bottom third: the ⌈n/3⌉-th lowest; values at or below it are in it. */
export function bottomThirdEdge(values: readonly number[]): number | null {
  if (values.length < MIN_ROWS_FOR_THIRDS) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 3) - 1]!;
}

export interface SupplyDemand {
  /** 搜索人气 (demand). */
  demand: number | null;
  /** 在线商品数 (supply). */
  supply: number | null;
}

/**
 * 蓝海词 (seed method 2: high search heat, few competing items): demand in the top third and supply in the
 * bottom third, both thirds taken over the rows that have both figures. Rows missing either are never blue.
 * Returns one flag per row, in order.
 */
export function markBlueOcean(rows: readonly SupplyDemand[]): boolean[] {
  const known = rows.filter((r): r is { demand: number; supply: number } => r.demand !== null && r.supply !== null);
  const demandEdge = topThirdEdge(known.map((r) => r.demand));
  const supplyEdge = bottomThirdEdge(known.map((r) => r.supply));
  return rows.map(
    (r) =>
      demandEdge !== null &&
      supplyEdge !== null &&
      r.demand !== null &&
      r.supply !== null &&
      r.demand >= demandEdge &&
      r.supply <= supplyEdge,
  );
}
