/**
 * New-word discovery on the titles of one search (a snapshot's 60 competitors): character n-grams that
 * many titles share, whose characters hold together (cohesion: pointwise mutual information of the weakest
 * split) and whose edges are free (boundary entropy: varied characters, or the end of a run, on each side).
 * What competitors write as a unit (斜挎, 包包, 冲饮, 代餐) is found from the titles themselves, without a
 * dictionary; it is the method of Matrix67's "互联网时代的社会语言学：基于SNS的文本数据挖掘" (frequency,
 * cohesion, freedom), sized for 60 short texts. Pure: no segmenter, no browser.
 */

export interface DiscoveredWord {
  word: string;
  /** Titles containing it. */
  titles: number;
  /** Weakest-split pointwise mutual information, log2. */
  cohesion: number;
  leftEntropy: number;
  rightEntropy: number;
}

export interface DiscoveryOptions {
  /** Shortest and longest candidate in characters. */
  minLength?: number;
  maxLength?: number;
  /** A candidate must be in at least this many titles (default: 3, or 5 % of the titles when that is more). */
  minTitles?: number;
  /** Weakest split must be at least this many times likelier than chance (log2; default 3 = 8×). */
  minCohesion?: number;
  /** Left and right neighbour entropy floor in bits (default 0.9: at least two neighbours, fairly mixed). */
  minEntropy?: number;
}

const HAN_RUN = /\p{Script=Han}+/gu;

/** Candidate words of a set of titles, best supported first. */
export function discoverWords(titles: readonly string[], options: DiscoveryOptions = {}): DiscoveredWord[] {
  const minLength = options.minLength ?? 2;
  const maxLength = options.maxLength ?? 5;
  const minTitles = options.minTitles ?? Math.max(3, Math.ceil(titles.length * 0.05));
  const minCohesion = options.minCohesion ?? 3;
  const minEntropy = options.minEntropy ?? 0.9;

  const counts = new Map<string, number>();
  const docs = new Map<string, number>();
  const left = new Map<string, Map<string, number>>();
  const right = new Map<string, Map<string, number>>();
  let total = 0;
  let edge = 0; // every run edge is a neighbour of its own, as free as a boundary can be
  for (const title of titles) {
    const seen = new Set<string>();
    for (const run of title.match(HAN_RUN) ?? []) {
      const chars = [...run];
      total += chars.length;
      for (let i = 0; i < chars.length; i++) {
        for (let n = 1; n <= maxLength + 1 && i + n <= chars.length; n++) {
          const gram = chars.slice(i, i + n).join('');
          counts.set(gram, (counts.get(gram) ?? 0) + 1);
          if (n < minLength || n > maxLength) continue;
          if (!seen.has(gram)) {
            seen.add(gram);
            docs.set(gram, (docs.get(gram) ?? 0) + 1);
          }
          tally(left, gram, i > 0 ? chars[i - 1]! : `^${edge++}`);
          tally(right, gram, i + n < chars.length ? chars[i + n]! : `$${edge++}`);
        }
      }
    }
  }

  const found: DiscoveredWord[] = [];
  for (const [word, titleCount] of docs) {
    if (titleCount < minTitles) continue;
    const chars = [...word];
    const count = counts.get(word)!;
    let cohesion = Infinity;
    for (let k = 1; k < chars.length; k++) {
      const a = counts.get(chars.slice(0, k).join(''))!;
      const b = counts.get(chars.slice(k).join(''))!;
      cohesion = Math.min(cohesion, Math.log2((count * total) / (a * b)));
    }
    if (cohesion < minCohesion) continue;
    const leftEntropy = entropy(left.get(word)!);
    const rightEntropy = entropy(right.get(word)!);
    if (leftEntropy < minEntropy || rightEntropy < minEntropy) continue;
    found.push({ word, titles: titleCount, cohesion, leftEntropy, rightEntropy });
  }
  return found.sort((x, y) => y.titles - x.titles || y.word.length - x.word.length);
}

function tally(map: Map<string, Map<string, number>>, key: string, neighbour: string): void {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  inner.set(neighbour, (inner.get(neighbour) ?? 0) + 1);
}

function entropy(distribution: Map<string, number>): number {
  let sum = 0;
  for (const n of distribution.values()) sum += n;
  let h = 0;
  for (const n of distribution.values()) h -= (n / sum) * Math.log2(n / sum);
  return h;
}
