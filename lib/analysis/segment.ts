import { ECOMMERCE_WORDS } from './data/ecommerce-words';

/** The part of jieba-wasm's API we use; the Node build (tests, CLI) and the web build (extension pages) both fit. */
export interface JiebaLike {
  cut: (text: string, hmm?: boolean | null) => string[];
  add_word: (word: string, freq?: number | null, tag?: string | null) => number;
}

export interface Token {
  word: string;
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
}

export interface Segmenter {
  /** Words of a title in order; whitespace and punctuation dropped. */
  cut: (text: string) => string[];
  /** Every piece with its offsets, separators included (they mark word boundaries too). */
  tokens: (text: string) => Token[];
  /** Adds words (the user's own brand names, model numbers) so they are cut whole. */
  addWords: (words: readonly string[]) => void;
}

/** A high frequency makes jieba prefer the dictionary word over splitting it. */
const USER_WORD_FREQ = 200_000;
/** Words already added to each jieba module (its dictionary is module-wide): adding again is skipped. */
const addedWords = new WeakMap<object, Set<string>>();

/**
 * Wraps a jieba module with the e-commerce dictionary. HMM new-word discovery is off: it glues unknown
 * neighbours into false words (女 + 加绒 → 女加绒); dictionary words plus single characters are what a
 * seller can reason about.
 */
export function createSegmenter(jieba: JiebaLike, userWords: readonly string[] = []): Segmenter {
  let added = addedWords.get(jieba);
  if (!added) {
    added = new Set();
    addedWords.set(jieba, added);
  }
  const known = added;
  const addWords = (list: Iterable<string>): void => {
    for (const raw of list) {
      const word = raw.trim();
      if (!word || known.has(word)) continue;
      jieba.add_word(word, USER_WORD_FREQ, null);
      known.add(word);
    }
  };
  addWords(ECOMMERCE_WORDS.keys());
  addWords(userWords);
  const tokens = (text: string): Token[] => {
    let at = 0;
    return jieba.cut(text, false).map((word) => {
      const token = { word, start: at, end: at + word.length };
      at = token.end;
      return token;
    });
  };
  return {
    cut: (text) => jieba.cut(text, false).filter(isWord),
    tokens,
    addWords,
  };
}

/** Whitespace and punctuation are not words. */
export function isWord(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token);
}
