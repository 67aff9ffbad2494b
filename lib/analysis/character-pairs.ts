/**
 * How often two Chinese characters stand side by side in real listing titles, learned offline from a corpus of
 * titles (scripts/learn-character-pairs.ts, sources in lib/analysis/data/character-pairs.json). The segmenter uses
 * it where a stray character could belong to the word before or the word after it (有线 + 控 + 通话: 线控 is what
 * titles write together, 控通 only by chance). Only counts are stored, no titles.
 *
 * Counts are kept to half a power of two: a code character q stands for 2^(q/2), enough to compare likelihoods
 * and a third of the size of exact numbers.
 */

export interface CharacterPairData {
  /** Han characters in the corpus (every occurrence). */
  characters: number;
  /** Pairs seen fewer times were dropped (they count as unseen). */
  minPairCount: number;
  /** Per character: the character, then its count code. */
  characterCounts: string;
  /** Per pair: two characters, then the count code. */
  pairs: string;
  /** Per character: the character, then codes of (words it begins + 1) and (words it ends + 1). */
  wordEdges: string;
}

export interface CharacterPairs {
  /**
   * Natural log of how much likelier b follows a than chance (pointwise mutual information). A pair never seen
   * still gets a value from the two characters' own counts (smoothing), so rare characters pair weakly.
   */
  cohesion: (a: string, b: string) => number;
  /** Whether the titles wrote b right after a at least the table's minimum number of times. */
  seen: (a: string, b: string) => boolean;
  /** Whether the character occurs in the titles at all (an unknown one has no evidence either way). */
  knows: (c: string) => boolean;
  /** ln of (words of two or more characters ending with c + 1) ÷ (beginning with c + 1), in the same titles. */
  endsWords: (c: string) => number;
}

/** 64 code characters; code q means a count of about 2^(q/2). */
export const COUNT_CODES = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-';

/** The code of a count (≥ 1). */
export function encodeCount(count: number): string {
  const q = Math.min(COUNT_CODES.length - 1, Math.max(0, Math.round(2 * Math.log2(count))));
  return COUNT_CODES[q]!;
}

function decodeCount(code: string): number {
  const q = COUNT_CODES.indexOf(code);
  return q < 0 ? 0 : 2 ** (q / 2);
}

/**
 * Reads the stored table into maps (about 15–25 ms for the shipped one in Node, so the segmenter does it once,
 * when it is created). Characters are all in the Basic Multilingual Plane (the learning script keeps only those), so the
 * strings are read by UTF-16 offsets.
 */
export function readCharacterPairs(data: CharacterPairData): CharacterPairs {
  const chars = new Map<string, number>();
  const pairs = new Map<string, number>();
  const edges = new Map<string, number>();
  const c = data.characterCounts;
  for (let i = 0; i + 1 < c.length; i += 2) chars.set(c[i]!, decodeCount(c[i + 1]!));
  const p = data.pairs;
  for (let i = 0; i + 2 < p.length; i += 3) pairs.set(p.slice(i, i + 2), decodeCount(p[i + 2]!));
  const e = data.wordEdges;
  for (let i = 0; i + 2 < e.length; i += 3) edges.set(e[i]!, Math.log(decodeCount(e[i + 2]!) / decodeCount(e[i + 1]!)));
  return {
    cohesion: (a, b) => {
      // Unseen pairs and characters are smoothed rather than impossible: the corpus is a sample.
      const together = (pairs.get(a + b) ?? 0) + 0.5;
      return Math.log((together * data.characters) / (((chars.get(a) ?? 0) + 1) * ((chars.get(b) ?? 0) + 1)));
    },
    seen: (a, b) => pairs.has(a + b),
    knows: (ch) => chars.has(ch),
    endsWords: (ch) => edges.get(ch) ?? 0,
  };
}
