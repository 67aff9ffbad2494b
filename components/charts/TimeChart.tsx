import { useEffect, useRef, type ReactElement } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** Times as Chinese sellers read them (11/25 23:24), not uPlot's English default ("11/25/26 11:23pm"). */
const FULL_TIME = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
const DAY_LABEL = new Intl.DateTimeFormat('zh-CN', { month: 'numeric', day: 'numeric' });
const CLOCK_LABEL = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** Tick labels at the axis's own step (seconds): days for day-sized steps, clock times below; a repeat stays blank. */
function labelTicks(ticks: readonly number[], step: number): string[] {
  const format = step >= 86_400 ? DAY_LABEL : CLOCK_LABEL;
  let previous = '';
  return ticks.map((t) => {
    const text = format.format(t * 1000);
    const shown = text === previous ? '' : text;
    previous = text;
    return shown;
  });
}

export interface TimeSeries {
  label: string;
  /** One value per time; null where unknown (a gap in the line). */
  values: readonly (number | null)[];
  colour: string;
}

/**
 * A time-series line chart (uPlot: canvas, ~50 kB, made for thousands of points). `invert` puts small values
 * on top, for ranks (1 is best). Data only: labels are drawn by uPlot as canvas text, never as HTML.
 */
export function TimeChart({
  times,
  series,
  height = 160,
  invert = false,
  testId,
}: {
  /** Epoch milliseconds, ascending. */
  times: readonly number[];
  series: readonly TimeSeries[];
  height?: number;
  invert?: boolean;
  testId: string;
}): ReactElement {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const data: uPlot.AlignedData = [times.map((t) => t / 1000), ...series.map((s) => s.values.map((v) => v ?? null))];
    const chart = new uPlot(
      {
        width: Math.max(240, el.clientWidth),
        height,
        scales: {
          x: { time: true },
          y: invert ? { dir: -1, range: (_u, min, max) => [Math.max(1, Math.floor(min) - 1), Math.ceil(max) + 1] } : {},
        },
        series: [
          { label: '时间', value: (_u, v) => (v == null ? '—' : FULL_TIME.format(v * 1000)) },
          ...series.map((s) => ({ label: s.label, stroke: s.colour, width: 2, spanGaps: false, points: { show: times.length <= 60 } })),
        ],
        axes: [
          { stroke: '#646a73', values: (_u, ticks, _axis, _space, step) => labelTicks(ticks, step) },
          { stroke: '#646a73', size: 48 },
        ],
        legend: { show: true },
      },
      data,
      el,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(240, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [times, series, height, invert]);
  return <div ref={box} className="time-chart" data-testid={testId} data-points={times.length} />;
}
