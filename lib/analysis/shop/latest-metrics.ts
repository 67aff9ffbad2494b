import type { MetricRow } from '../../model/records';

/** The newest row per subject of one scope (a term or item captured twice keeps its latest figures). */
export function latestMetrics(rows: readonly MetricRow[], scope: MetricRow['scope']): MetricRow[] {
  const latest = new Map<string, MetricRow>();
  for (const r of rows) {
    if (r.scope !== scope) continue;
    const key = `${r.platform}|${r.subject}`;
    const seen = latest.get(key);
    if (!seen || r.capturedAt > seen.capturedAt) latest.set(key, r);
  }
  return [...latest.values()];
}
