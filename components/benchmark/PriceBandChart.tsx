import type { ReactElement } from 'react';
import type { PriceBand } from '../../lib/analysis/benchmark';
import { formatShare } from '../../lib/text/display';

/** Price bands as paired bars: share of items (grey) and share of sales (orange) per band. */
export function PriceBandChart({ bands }: { bands: readonly PriceBand[] }): ReactElement {
  if (bands.length === 0) return <p className="muted">没有价格数据，无法划分价格带。</p>;
  const width = 360;
  const rowHeight = 34;
  const labelWidth = 110;
  const barMax = width - labelWidth - 50;
  return (
    <figure className="chart" data-testid="price-bands">
      <svg width={width} height={bands.length * rowHeight + 8} role="img" aria-label="价格带：商品占比与销量占比">
        {bands.map((band, i) => {
          const y = i * rowHeight + 4;
          return (
            <g key={`${band.min}-${band.max}`}>
              <text x={0} y={y + 18} fontSize={12} fill="#1f2329">
                ¥{band.min}–{band.max}
              </text>
              <rect x={labelWidth} y={y + 2} width={Math.max(1, band.itemShare * barMax)} height={12} fill="#c9cdd4" />
              <text x={labelWidth + band.itemShare * barMax + 4} y={y + 12} fontSize={10} fill="#646a73">
                {formatShare(band.itemShare)}
              </text>
              <rect x={labelWidth} y={y + 16} width={Math.max(1, band.salesShare * barMax)} height={12} fill="#ff5000" />
              <text x={labelWidth + band.salesShare * barMax + 4} y={y + 26} fontSize={10} fill="#ff5000">
                {formatShare(band.salesShare)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">灰色：商品数占比；橙色：销量占比（按前60自然结果的价格分位数划分）</figcaption>
    </figure>
  );
}
