import { BANNED_CATEGORIES, WARN_ONLY } from './data/banned-words';
import type { Token } from './segment';
import { foldLatin, writeHalfWidth } from '../text/fold-latin';

export interface BannedHit {
  word: string;
  categoryId: string;
  categoryName: string;
  reason: string;
  /** error: must be removed; warning: depends on context (reason says which). */
  severity: 'error' | 'warning';
  start: number;
  end: number;
}

interface Entry {
  categoryId: string;
  categoryName: string;
  reason: string;
}

const ENTRIES = new Map<string, Entry>();
let maxLength = 0;
for (const category of BANNED_CATEGORIES) {
  for (const word of category.words) {
    const key = foldLatin(word);
    if (!ENTRIES.has(key)) ENTRIES.set(key, { categoryId: category.id, categoryName: category.name, reason: category.reason });
    maxLength = Math.max(maxLength, key.length);
  }
}
// Context-dependent words that are on no block list (正品) still get their warning.
const CATEGORY_J = BANNED_CATEGORIES.find((c) => c.id === 'J')!;
for (const word of WARN_ONLY.keys()) {
  if (!ENTRIES.has(word)) ENTRIES.set(word, { categoryId: CATEGORY_J.id, categoryName: CATEGORY_J.name, reason: CATEGORY_J.reason });
}
const CATEGORY_A = BANNED_CATEGORIES.find((c) => c.id === 'A')!;

/**
 * Banned and risky words in a title, whole-word aware: a listed word counts only where it starts and
 * ends on a word boundary of the segmentation, so 高级 does not fire inside 高级感 and 最 alone does not
 * flag every 最-word twice. Any word starting with 最 is category A even when not listed. Longest match
 * wins at each position. Latin letters, digits and ASCII punctuation are matched in any case and width (QQ, vx, NO.1, ＮＯ．１, １００％).
 */
export function findBannedWords(title: string, tokens: readonly Token[]): BannedHit[] {
  // Folding keeps offsets, so matches are read back from the title as written (ＴＯＰ１ is TOP1).
  const lower = foldLatin(writeHalfWidth(title));
  const boundaries = new Set<number>([0, title.length]);
  for (const t of tokens) {
    boundaries.add(t.start);
    boundaries.add(t.end);
  }
  const sorted = [...boundaries].sort((a, b) => a - b);
  const hits: BannedHit[] = [];
  let coveredUntil = -1;
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    if (start < coveredUntil) continue;
    let best: { end: number; entry: Entry } | null = null;
    for (let j = sorted.length - 1; j > i; j--) {
      const end = sorted[j]!;
      if (end - start > maxLength) continue;
      const entry = ENTRIES.get(lower.slice(start, end));
      if (entry) {
        best = { end, entry };
        break;
      }
    }
    if (!best) {
      const token = tokens.find((t) => t.start === start);
      if (token && token.word.startsWith('最') && token.word.length > 1) {
        best = { end: token.end, entry: { categoryId: 'A', categoryName: CATEGORY_A.name, reason: CATEGORY_A.reason } };
      }
    }
    if (!best) continue;
    const word = title.slice(start, best.end);
    const warning = WARN_ONLY.get(foldLatin(writeHalfWidth(word)));
    hits.push({
      word,
      categoryId: best.entry.categoryId,
      categoryName: best.entry.categoryName,
      reason: warning ?? best.entry.reason,
      severity: warning ? 'warning' : 'error',
      start,
      end: best.end,
    });
    coveredUntil = best.end;
  }
  return hits;
}

/** True when a word is (or starts as) a banned entry; used to keep proposals clean. */
export function isBannedWord(word: string): boolean {
  const key = foldLatin(writeHalfWidth(word));
  return (ENTRIES.has(key) && !WARN_ONLY.has(key)) || (word.startsWith('最') && word.length > 1);
}
