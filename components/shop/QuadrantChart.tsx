import type { ReactElement } from 'react';
import type { Quadrant, QuadrantResult } from '../../lib/analysis/shop/quadrants';

const COLOURS: Record<Quadrant, string> = {
  'high-high': '#00a870',
  'high-ctr-low-cvr': '#d46b08',
  'low-ctr-high-cvr': '#3370ff',
  'low-low': '#d83931',
};

/** CTR (x) × conversion (y) scatter with the threshold lines; each dot coloured by its quadrant. */
export function QuadrantChart({ result }: { result: QuadrantResult }): ReactElement {
  const items = result.items.filter((i) => i.quadrant && i.ctr !== null && i.conversion !== null);
  const W = 360;
  const H = 220;
  const pad = 30;
  const maxX = Math.max(result.ctrThreshold ?? 0, ...items.map((i) => i.ctr!)) * 1.1 || 1;
  const maxY = Math.max(result.conversionThreshold ?? 0, ...items.map((i) => i.conversion!)) * 1.1 || 1;
  const x = (v: number): number => pad + ((W - pad - 8) * v) / maxX;
  const y = (v: number): number => H - pad - ((H - pad - 8) * v) / maxY;
  return (
    <svg width={W} height={H} role="img" aria-label="点击率 × 转化率 四象限" data-testid="quadrant-chart">
      <line x1={pad} y1={H - pad} x2={W} y2={H - pad} stroke="#c9cdd4" />
      <line x1={pad} y1={0} x2={pad} y2={H - pad} stroke="#c9cdd4" />
      {result.ctrThreshold !== null ? (
        <line x1={x(result.ctrThreshold)} y1={0} x2={x(result.ctrThreshold)} y2={H - pad} stroke="#8f959e" strokeDasharray="4 3" />
      ) : null}
      {result.conversionThreshold !== null ? (
        <line
          x1={pad}
          y1={y(result.conversionThreshold)}
          x2={W}
          y2={y(result.conversionThreshold)}
          stroke="#8f959e"
          strokeDasharray="4 3"
        />
      ) : null}
      <text x={W - 4} y={H - pad + 14} fontSize={11} textAnchor="end" fill="#646a73">
        点击率 →
      </text>
      <text x={4} y={12} fontSize={11} fill="#646a73">
        转化率 ↑
      </text>
      {items.map((i) => (
        <circle key={i.id} cx={x(i.ctr!)} cy={y(i.conversion!)} r={5} fill={COLOURS[i.quadrant!]} data-quadrant={i.quadrant}>
          <title>{`${i.title}：点击率 ${(i.ctr! * 100).toFixed(2)}%，转化率 ${(i.conversion! * 100).toFixed(2)}%`}</title>
        </circle>
      ))}
    </svg>
  );
}
