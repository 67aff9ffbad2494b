import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ReactElement } from 'react';
import { readCompetitorHistory } from '../../lib/db/history';
import type { Platform } from '../../lib/model/page';
import { dateTimeFormat } from '../../lib/text/display';
import { TimeChart } from '../charts/TimeChart';

/**
 * A watched competitor over time: price and sales from its own page captures and from every saved search it
 * was ranked in, with the searches' ranks and the moments its title or main image changed.
 */
export function CompetitorHistoryView({ platform, itemId }: { platform: Platform; itemId: string }): ReactElement | null {
  const history = useLiveQuery(() => readCompetitorHistory(platform, itemId), [platform, itemId]);
  const times = useMemo(() => history?.points.map((p) => p.at) ?? [], [history]);
  const price = useMemo(() => [{ label: '价格', colour: '#ff5000', values: history?.points.map((p) => p.price) ?? [] }], [history]);
  const sales = useMemo(() => [{ label: '销量', colour: '#3370ff', values: history?.points.map((p) => p.sales) ?? [] }], [history]);
  if (!history || history.points.length < 2) return null;
  const inSearches = history.points.filter((p) => p.source === 'search');
  return (
    <section data-testid="competitor-history" data-points={history.points.length}>
      <h2>价格和销量走势</h2>
      <p className="muted small">
        共 {history.points.length} 个数据点：商品页采集 {history.points.length - inSearches.length} 次，出现在已保存的搜索结果里{' '}
        {inSearches.length} 次
        {inSearches.length
          ? `（最近排名：「${inSearches[inSearches.length - 1]!.keyword}」第${inSearches[inSearches.length - 1]!.rank}名）`
          : ''}
        。
      </p>
      <TimeChart times={times} series={price} testId="competitor-price-chart" />
      <TimeChart times={times} series={sales} testId="competitor-sales-chart" />
      {history.events.length ? (
        <ul className="small" data-testid="competitor-events">
          {history.events.map((e, i) => (
            <li key={i}>
              {dateTimeFormat.format(e.at)} {e.kind === 'title' ? `标题改为「${e.to}」` : '更换了主图'}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
