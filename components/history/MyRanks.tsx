import type { ReactElement } from 'react';
import type { MyRankSeries } from '../../lib/analysis/history/my-items';
import { describeAbsent, describeRankMove } from '../../lib/text/describe-alert';
import { TimeChart } from '../charts/TimeChart';

/** When the capture is not known: the usual complete top 60. */
const FULL = { complete: true, organicCount: 60 };

const COLOURS = ['#1a7f37', '#3370ff', '#ff5000', '#8f5bd8', '#d4380d', '#0e9f9f'];

/** My items' organic ranks in each capture of the search (未进前60 when absent), latest first, with a chart. */
export function MyRanks({
  times,
  series,
  captures,
}: {
  times: readonly number[];
  series: readonly MyRankSeries[];
  /** Each capture's completeness, aligned with `times`: an incomplete one only says "not in the part read". */
  captures: readonly { complete: boolean; organicCount: number }[];
}): ReactElement {
  if (series.length === 0) {
    return (
      <>
        <h2>我的排名</h2>
        <p className="muted small">还不知道哪些是你的商品：在“店铺”里采集自己的商品列表，或在“设置”里填写我的店铺名称。</p>
      </>
    );
  }
  // Only items that ranked at least once are charted (series come best first).
  const shown = series.filter((s) => s.ranks.some((r) => r !== null)).slice(0, COLOURS.length);
  return (
    <>
      <h2>我的排名</h2>
      <table className="list" data-testid="my-ranks">
        <thead>
          <tr>
            <th>商品ID</th>
            <th>最新排名</th>
            <th>上一次</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s) => {
            const last = s.ranks[s.ranks.length - 1] ?? null;
            const before = s.ranks.length > 1 ? (s.ranks[s.ranks.length - 2] ?? null) : undefined;
            return (
              <tr key={s.itemId} data-item={s.itemId} data-rank={last ?? ''}>
                <td>{s.itemId}</td>
                <td>
                  {last === null ? describeAbsent(captures.at(-1) ?? FULL) : `第${last}名`}{' '}
                  {last !== null && typeof before === 'number' ? <RankMove from={before} to={last} /> : null}
                </td>
                <td className="muted">
                  {before === undefined ? '—' : before === null ? describeAbsent(captures.at(-2) ?? FULL) : `第${before}名`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {times.length > 1 && shown.length ? (
        <TimeChart
          times={times}
          invert
          series={shown.map((s, i) => ({ label: s.itemId, colour: COLOURS[i]!, values: s.ranks }))}
          testId="my-rank-chart"
        />
      ) : null}
    </>
  );
}

export function RankMove({ from, to }: { from: number; to: number }): ReactElement | null {
  const text = describeRankMove(from, to);
  return text ? <span className={to < from ? 'up' : 'down'}>{text}</span> : null;
}
