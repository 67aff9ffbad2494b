import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactElement } from 'react';
import { trackMyRanks } from '../../lib/analysis/history/my-items';
import { listTrackedSearches, readMyItems, readSearchTimeline, type TrackedSearch } from '../../lib/db/history';
import { timelineTable } from '../../lib/export/history-rows';
import type { SnapshotSummary } from '../../lib/model/history';
import { PLATFORM_LABELS } from '../../lib/model/page';
import { dateTimeFormat, formatYuan } from '../../lib/text/display';
import { TimeChart, type TimeSeries } from '../charts/TimeChart';
import { EmptyState } from '../EmptyState';
import { ExportButtons } from '../ExportButtons';
import { chinaIsoDate } from '../../lib/text/china-date';
import { MyRanks } from './MyRanks';
import { SnapshotComparison } from './SnapshotComparison';

const keyOf = (s: Pick<TrackedSearch, 'platform' | 'keyword'>): string => `${s.platform}\u0000${s.keyword}`;

/** 趋势: pick a search (platform + keyword); its captures over time, my ranks and what moved between two captures. */
export function TrendView(): ReactElement {
  const searches = useLiveQuery(() => listTrackedSearches(), []);
  const [chosen, setChosen] = useState<string | null>(null);
  if (searches === undefined) return <p className="muted">读取中…</p>;
  if (searches.length === 0) {
    return (
      <EmptyState title="还没有趋势">
        在淘宝、天猫或1688
        的搜索结果页点插件按钮“采集前60”。同一个关键词隔几天再采集一次，这里就能看到均价、销量、排名的变化，以及谁进了前60、谁掉出去了。
      </EmptyState>
    );
  }
  const current = searches.find((s) => keyOf(s) === chosen) ?? searches[0]!;
  return (
    <>
      <label className="field">
        搜索
        <select value={keyOf(current)} onChange={(e) => setChosen(e.target.value)} data-testid="trend-search">
          {searches.map((s) => (
            <option key={keyOf(s)} value={keyOf(s)}>
              {PLATFORM_LABELS[s.platform]} · {s.keyword || '（无关键词）'} · {s.snapshots} 次
            </option>
          ))}
        </select>
      </label>
      <SearchTrend key={keyOf(current)} search={current} />
    </>
  );
}

function SearchTrend({ search }: { search: TrackedSearch }): ReactElement {
  const all = useLiveQuery(() => readSearchTimeline(search.platform, search.keyword), [search.platform, search.keyword]);
  const mine = useLiveQuery(() => readMyItems(), []);
  const sorts = useMemo(() => countSorts(all ?? []), [all]);
  const [sort, setSort] = useState<string | null | undefined>(undefined);
  const activeSort = sort !== undefined && sorts.some((s) => s.sort === sort) ? sort : (sorts[0]?.sort ?? null);
  const timeline = useMemo(() => (all ?? []).filter((s) => s.sort === activeSort), [all, activeSort]);
  const times = useMemo(() => timeline.map((s) => s.capturedAt), [timeline]);
  const charts = useMemo(() => chartSeries(timeline), [timeline]);
  const myRanks = useMemo(() => (mine ? trackMyRanks(timeline, mine) : []), [timeline, mine]);
  if (all === undefined || mine === undefined) return <p className="muted">读取中…</p>;
  const latest = timeline[timeline.length - 1];
  return (
    <div data-testid="search-trend" data-snapshots={timeline.length}>
      {sorts.length > 1 ? (
        <label className="field">
          排序
          <select value={activeSort ?? ''} onChange={(e) => setSort(e.target.value || null)} data-testid="trend-sort">
            {sorts.map((s) => (
              <option key={s.sort ?? ''} value={s.sort ?? ''}>
                {s.sort ?? '综合（默认）'} · {s.count} 次
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <p className="muted small">
        共 {timeline.length} 次采集，最近一次 {latest ? dateTimeFormat.format(latest.capturedAt) : '—'}
        {latest ? `：均价 ${formatYuan(latest.priceMean)}，自然结果 ${latest.organicCount} 个` : ''}
        {timeline.length < 2 ? '。再采集一次同一个关键词，就能看到变化。' : ''}
      </p>
      <h2>价格</h2>
      <TimeChart times={times} series={charts.price} testId="trend-chart-price" />
      <h2>销量</h2>
      <TimeChart times={times} series={charts.sales} testId="trend-chart-sales" />
      <h2>标题长度与自然结果数</h2>
      <TimeChart times={times} series={charts.shape} testId="trend-chart-shape" />
      {charts.badges.length ? (
        <>
          <h2>标签占比（%）</h2>
          <TimeChart times={times} series={charts.badges} testId="trend-chart-badges" />
        </>
      ) : null}
      <MyRanks times={times} series={myRanks} captures={timeline} />
      {timeline.length >= 2 ? <SnapshotComparison key={latest!.snapshotId} timeline={timeline} /> : null}
      <ExportButtons
        table={() => timelineTable(timeline, myRanks)}
        fileName={(ext) => `趋势_${search.keyword}_${chinaIsoDate(Date.now())}.${ext}`}
        testId="trend-export"
      />
    </div>
  );
}

/** Sorts seen in a search's captures, most captured first (ranks only compare within one sort). */
function countSorts(summaries: readonly SnapshotSummary[]): { sort: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const s of summaries) counts.set(s.sort, (counts.get(s.sort) ?? 0) + 1);
  return [...counts].map(([sort, count]) => ({ sort, count })).sort((a, b) => b.count - a.count);
}

const BADGE_COLOURS = ['#1a7f37', '#8f5bd8', '#0e9f9f'];

function chartSeries(timeline: readonly SnapshotSummary[]): Record<'price' | 'sales' | 'shape' | 'badges', TimeSeries[]> {
  const line = (label: string, colour: string, read: (s: SnapshotSummary) => number | null): TimeSeries => ({
    label,
    colour,
    values: timeline.map(read),
  });
  return {
    price: [line('均价', '#ff5000', (s) => s.priceMean), line('中位价', '#3370ff', (s) => s.priceMedian)],
    sales: [line('平均销量', '#ff5000', (s) => s.salesMean), line('销量中位数', '#3370ff', (s) => s.salesMedian)],
    shape: [line('平均标题字符', '#ff5000', (s) => s.titleUnitsMean), line('自然结果数', '#8f959e', (s) => s.organicCount)],
    // The three most common badges of the latest capture, as percents of the organic items in each capture.
    badges: Object.entries(timeline[timeline.length - 1]?.badgeShares ?? {})
      .sort((a, b) => b[1] - a[1])
      .slice(0, BADGE_COLOURS.length)
      .map(([label], i) => line(label, BADGE_COLOURS[i]!, (s) => Math.round((s.badgeShares[label] ?? 0) * 1000) / 10)),
  };
}
