import { useMemo, useState } from 'react';

export interface SortState<K extends string> {
  key: K;
  desc: boolean;
}

/**
 * Sorted copy of rows by a numeric or text column; null values sort last whatever the direction.
 * `toggle(key)` sorts by a new column (descending first for numbers) or reverses the current one.
 */
export function useSort<Row, K extends string>(
  rows: readonly Row[],
  initial: SortState<K>,
  value: (row: Row, key: K) => number | string | null,
): { sorted: Row[]; sort: SortState<K>; toggle: (key: K, firstDesc?: boolean) => void } {
  const [sort, setSort] = useState(initial);
  const sorted = useMemo(
    () =>
      [...rows].sort((a, b) => {
        const va = value(a, sort.key);
        const vb = value(b, sort.key);
        if (va === null) return vb === null ? 0 : 1;
        if (vb === null) return -1;
        const cmp =
          typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va) < String(vb) ? -1 : String(va) > String(vb) ? 1 : 0;
        return sort.desc ? -cmp : cmp;
      }),
    // `value` is a pure accessor; re-sorting when it changes identity each render would be wasted work.
    [rows, sort],
  );
  const toggle = (key: K, firstDesc = true): void => setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: firstDesc }));
  return { sorted, sort, toggle };
}
