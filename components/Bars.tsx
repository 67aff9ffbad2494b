import type { ReactElement } from 'react';

/** Horizontal bars for a small distribution (labels and counts), scaled to the largest. */
export function Bars({
  rows,
  testId,
  unit = '',
}: {
  rows: readonly { label: string; value: number }[];
  testId?: string;
  unit?: string;
}): ReactElement {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <div className="bars" data-testid={testId}>
      {rows.map((r) => (
        <div key={r.label} className="bar-row">
          <span className="bar-label">{r.label}</span>
          <span className="bar">
            <span style={{ width: `${(100 * r.value) / max}%` }} />
          </span>
          <span className="small muted">
            {r.value}
            {unit}
          </span>
        </div>
      ))}
    </div>
  );
}
