import { useMemo, type ReactElement } from 'react';
import type { SearchItem } from '../../lib/model/records';
import { countTitleUnits } from '../../lib/text/title-units';
import { formatCount, formatShare, formatYuan } from '../../lib/text/display';
import { SortHeader } from '../SortHeader';
import { useSort } from '../use-sort';

type SortKey = 'rank' | 'price' | 'sales' | 'units' | 'repurchase';

interface Row {
  rank: number;
  item: SearchItem;
  units: number;
}

const valueOf = (r: Row, key: SortKey): number | null =>
  key === 'rank'
    ? r.rank
    : key === 'price'
      ? r.item.priceMin
      : key === 'sales'
        ? r.item.sales
        : key === 'units'
          ? r.units
          : r.item.repurchaseRate;

/** The organic items; click a header to sort, click again to reverse. Unknown values sort last. */
export function ItemTable({ items }: { items: readonly SearchItem[] }): ReactElement {
  const rows = useMemo(() => items.map((item, i) => ({ rank: i + 1, item, units: countTitleUnits(item.title) })), [items]);
  const { sorted, sort, toggle } = useSort<Row, SortKey>(rows, { key: 'rank', desc: false }, valueOf);
  const header = (key: SortKey, label: string): ReactElement => (
    <SortHeader column={key} label={label} sort={sort} onSort={(k) => toggle(k, k !== 'rank')} />
  );
  return (
    <table className="list items" data-testid="item-table">
      <thead>
        <tr>
          {header('rank', '排名')}
          <th>标题</th>
          {header('price', '价格')}
          {header('sales', '销量')}
          {header('repurchase', '回头率')}
          {header('units', '字符')}
        </tr>
      </thead>
      <tbody>
        {sorted.map(({ rank, item, units }) => (
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
              <div className="muted small">{[item.shop, item.shipFrom, ...item.badges].filter(Boolean).join(' · ')}</div>
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
