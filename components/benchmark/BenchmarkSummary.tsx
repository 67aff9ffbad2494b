import type { ReactElement } from 'react';
import type { Benchmark, ShareRow } from '../../lib/analysis/benchmark';
import { formatCount, formatShare, formatYuan } from '../../lib/text/display';

/** The averages the seed method asks to beat, as a grid of figures. */
export function BenchmarkSummary({ benchmark }: { benchmark: Benchmark }): ReactElement {
  const b = benchmark;
  const cells: [string, string, string][] = [
    ['均价', formatYuan(b.price?.mean), `中位数 ${formatYuan(b.price?.median)}`],
    ['平均销量', formatCount(b.sales?.mean), `中位数 ${formatCount(b.sales?.median)}（${b.sales?.count ?? 0}个有销量）`],
    ['标题长度', b.titleUnits ? `${b.titleUnits.mean.toFixed(1)} 字符` : '—', `中位数 ${b.titleUnits?.median ?? '—'}，上限60`],
  ];
  if (b.repurchase) cells.push(['平均回头率', formatShare(b.repurchase.mean), `中位数 ${formatShare(b.repurchase.median)}`]);
  if (b.wordCount) cells.push(['平均词数', b.wordCount.mean.toFixed(1), `中位数 ${b.wordCount.median}`]);
  return (
    <div>
      <div className="stat-grid" data-testid="benchmark-stats">
        {cells.map(([label, value, note]) => (
          <div className="stat" key={label} data-stat={label}>
            <div className="muted small">{label}</div>
            <div className="stat-value">{value}</div>
            <div className="muted small">{note}</div>
          </div>
        ))}
      </div>
      <ShareList title="标签占比" rows={b.badges.slice(0, 8)} />
      <ShareList title="发货地" rows={b.shipFrom.slice(0, 6)} />
    </div>
  );
}

function ShareList({ title, rows }: { title: string; rows: ShareRow[] }): ReactElement | null {
  if (rows.length === 0) return null;
  return (
    <p className="shares">
      <span className="muted">{title}：</span>
      {rows.map((r) => (
        <span key={r.label} className="tag">
          {r.label} {formatShare(r.share)}
        </span>
      ))}
    </p>
  );
}
