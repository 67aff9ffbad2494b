/**
 * Word-boundary precision and recall of a segmenter against hand-segmented titles
 * (tests/fixtures/titles/real-titles.json). Only positions between two Chinese characters count: there a
 * title is marked `|` (a required boundary), `~` (either way is right) or nothing (the two characters
 * belong to one word and must not be cut). Shared by the quality test and `npm run bench`.
 */

export interface AnnotatedTitle {
  title: string;
  segmented: string;
}

export interface BoundaryGold {
  title: string;
  required: Set<number>;
  allowed: Set<number>;
  forbidden: Set<number>;
}

export interface BoundaryScore {
  precision: number;
  recall: number;
  /** Predicted boundaries that are required or allowed, and those that cut a word. */
  correct: number;
  wrong: number;
  required: number;
  found: number;
  /** A few cut words and missed boundaries, for reading ("斜/挎"). */
  wrongCuts: string[];
  missed: string[];
}

const HAN = /\p{Script=Han}/u;

/** UTF-16 offsets between two Han characters with their gold status. */
export function readGold(segmented: string): BoundaryGold {
  let title = '';
  const marks = new Map<number, string>();
  for (const ch of segmented) {
    if (ch === '|' || ch === '~') marks.set(title.length, ch);
    else title += ch;
  }
  const gold: BoundaryGold = { title, required: new Set(), allowed: new Set(), forbidden: new Set() };
  for (let i = 1; i < title.length; i++) {
    if (!HAN.test(title[i - 1]!) || !HAN.test(title[i]!)) continue;
    const mark = marks.get(i);
    (mark === '|' ? gold.required : mark === '~' ? gold.allowed : gold.forbidden).add(i);
  }
  return gold;
}

/** Offsets where a segmentation puts a boundary (the end of every piece). */
export function boundariesOf(pieces: readonly string[]): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const piece of pieces) {
    at += piece.length;
    out.add(at);
  }
  return out;
}

/** Scores a segmenter (title → its pieces in order, covering the whole title) on annotated titles. */
export function scoreBoundaries(titles: readonly AnnotatedTitle[], cut: (title: string) => readonly string[]): BoundaryScore {
  const score: BoundaryScore = { precision: 1, recall: 1, correct: 0, wrong: 0, required: 0, found: 0, wrongCuts: [], missed: [] };
  const around = (t: string, i: number, sep: string): string => `${t.slice(Math.max(0, i - 3), i)}${sep}${t.slice(i, i + 3)}`;
  for (const annotated of titles) {
    const gold = readGold(annotated.segmented);
    const pieces = cut(gold.title);
    if (pieces.join('') !== gold.title) throw new Error(`segmentation does not cover the title: ${gold.title}`);
    const predicted = boundariesOf(pieces);
    for (const i of predicted) {
      if (gold.required.has(i) || gold.allowed.has(i)) score.correct++;
      else if (gold.forbidden.has(i)) {
        score.wrong++;
        score.wrongCuts.push(around(gold.title, i, '/'));
      }
    }
    for (const i of gold.required) {
      score.required++;
      if (predicted.has(i)) score.found++;
      else score.missed.push(around(gold.title, i, '+'));
    }
  }
  score.precision = score.correct + score.wrong ? score.correct / (score.correct + score.wrong) : 1;
  score.recall = score.required ? score.found / score.required : 1;
  return score;
}
