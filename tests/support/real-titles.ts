import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnnotatedTitle } from '../../scripts/support/boundary-score';

/** tests/fixtures/titles/real-titles.json: real titles, hand-segmented (see SOURCES.md beside it). */
export interface RealTitle extends AnnotatedTitle {
  category: string;
  /** The search (or list) the title was listed under; null for titles taken one by one. */
  keyword: string | null;
  source: string;
  /** dev: the dictionary was grown while looking at these; holdout: never looked at while tuning. */
  split: 'dev' | 'holdout';
}

export function loadRealTitles(): RealTitle[] {
  const file = resolve(import.meta.dirname, '../fixtures/titles/real-titles.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { titles: RealTitle[] }).titles;
}

/** Titles listed under the same keyword, as a snapshot's competitors would be. */
export function groupByKeyword(titles: readonly RealTitle[], minTitles: number): Map<string, RealTitle[]> {
  const groups = new Map<string, RealTitle[]>();
  for (const t of titles) if (t.keyword) groups.set(t.keyword, [...(groups.get(t.keyword) ?? []), t]);
  return new Map([...groups].filter(([, list]) => list.length >= minTitles));
}
