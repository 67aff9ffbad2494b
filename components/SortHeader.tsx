import type { ReactElement } from 'react';
import type { SortState } from './use-sort';

/** A table header that sorts by its column; shows ↑/↓ on the active one. */
export function SortHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
}: {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort: (key: K) => void;
}): ReactElement {
  const active = sort.key === column;
  return (
    <th>
      <button
        type="button"
        className="link"
        data-sort={column}
        aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
        onClick={() => onSort(column)}
      >
        {label}
        {active ? (sort.desc ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );
}
