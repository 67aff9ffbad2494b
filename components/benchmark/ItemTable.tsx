import { useMemo, useState, type ReactElement } from 'react';
import type { SearchItem } from '../../lib/model/records';
import { countTitleUnits } from '../../lib/text/title-units';
import { formatCount, formatShare, formatYuan } from '../format';

type SortKey = 'rank' | 'price' | 'sales' | 'units' | 'repurchase';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'rank', label: '排名' },
  { key: 'price', label: '价格' },
  { key: 'sales', label: '销量' },
  { key: 'repurchase', label: '回头率' },
  { key: 'units', label: '字符' },
];

interface Row {
  rank: number;
  item: SearchItem;
  units: number;
}

/** The organic items; click a header to sort, click again to reverse. Unknown values sort last. */
export function ItemTable({ items }: { items: readonly SearchItem[] }): ReactElement {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'rank', desc: false });
  const rows = useMemo(() => {
    const base: Row[] = items.map((item, i) => ({ rank: i + 1, item, units: countTitleUnits(item.title) }));
    const value = (r: Row): number | null =>
      sort.key === 'rank' ? r.rank : sort.key === 'price' ? r.item.priceMin : sort.key === 'sales' ? r.item.sales : sort.key === 'units' ? r.units : r.item.repurchaseRate;
    return base.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === null) return vb === null ? a.rank - b.rank : 1;
      if (vb === null) return -1;
      return sort.desc ? vb - va : va - vb;
    });
  }, [items, sort]);

  return (
    <table className="list items" data-testid="item-table">
      <thead>
        <tr>
          {COLUMNS.slice(0, 1).map((c) => (
            <SortHeader key={c.key} column={c} sort={sort} onSort={setSort} />
          ))}
          <th>标题</th>
          {COLUMNS.slice(1).map((c) => (
            <SortHeader key={c.key} column={c} sort={sort} onSort={setSort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ rank, item, units }) => (
          <tr key={item.itemId} data-item-id={item.itemId}>
            <td>{rank}</td>
            <td className="title-cell">
              {item.detailUrl ? (
                <a href={item.detailUrl} target="_blank" rel="noreferrer noopener">
                  {item.title || item.itemId}
                </a>
              ) : (
                item.title || item.itemId
              )}
              <div className="muted small">
                {[item.shop, item.shipFrom, ...item.badges].filter(Boolean).join(' · ')}
              </div>
            </td>
            <td data-col="price">{formatYuan(item.priceMin)}</td>
            <td data-col="sales" title={item.salesText ?? '未显示销量'}>
              {formatCount(item.sales)}
            </td>
            <td>{formatShare(item.repurchaseRate)}</td>
            <td>{units}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: { key: SortKey; label: string };
  sort: { key: SortKey; desc: boolean };
  onSort: (s: { key: SortKey; desc: boolean }) => void;
}): ReactElement {
  const active = sort.key === column.key;
  return (
    <th>
      <button
        type="button"
        className="link"
        data-sort={column.key}
        aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
        onClick={() => onSort({ key: column.key, desc: active ? !sort.desc : column.key !== 'rank' })}
      >
        {column.label}
        {active ? (sort.desc ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );
}
