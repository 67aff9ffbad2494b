import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as jieba from 'jieba-wasm';
import { createSegmenter } from '../../../lib/analysis/segment';
import { scoreBoundaries, type AnnotatedTitle } from '../../support/boundary-score';

export interface QualityRow {
  name: string;
  split: string;
  titles: number;
  precision: number;
  recall: number;
}

/**
 * Word-boundary precision and recall on the hand-segmented real titles (tests/fixtures/titles), for the
 * project's segmenter and for plain jieba with its own dictionary (@node-rs/jieba, without and with HMM).
 * Not a timing: printed as its own table.
 */
export function benchSegmentQuality(): QualityRow[] {
  const file = resolve(import.meta.dirname, '../../../tests/fixtures/titles/real-titles.json');
  const titles = (JSON.parse(readFileSync(file, 'utf8')) as { titles: (AnnotatedTitle & { split: string })[] }).titles;
  const plain = Jieba.withDict(dict);
  const ours = createSegmenter(jieba);
  const withoutPairs = createSegmenter(jieba, [], null);
  const segmenters: [string, (t: string) => string[]][] = [
    ['plain jieba (its dictionary, no HMM)', (t) => plain.cut(t, false)],
    ['plain jieba (its dictionary, HMM)', (t) => plain.cut(t, true)],
    ['Duibiao without character pairs (e-commerce dictionary, HMM, fragment repair)', (t) => withoutPairs.tokens(t).map((x) => x.word)],
    ['Duibiao (the same + character pairs of real titles and queries)', (t) => ours.tokens(t).map((x) => x.word)],
  ];
  const rows: QualityRow[] = [];
  for (const split of ['dev', 'holdout']) {
    const subset = titles.filter((t) => t.split === split);
    for (const [name, cut] of segmenters) {
      const s = scoreBoundaries(subset, cut);
      rows.push({ name, split, titles: subset.length, precision: s.precision, recall: s.recall });
    }
  }
  return rows;
}

export function formatQuality(rows: readonly QualityRow[]): string {
  return [
    '| segmenter | titles | boundary precision | boundary recall |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.split} (${r.titles}) | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} |`),
  ].join('\n');
}
