import { ECOMMERCE_WORDS, FUNCTION_CHARACTERS, PREFIX_CHARACTERS, STANDALONE_CHARACTERS } from './data/ecommerce-words';

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
  /** Adds words (the user's own brand names, model numbers) so they are cut whole. Idempotent. */
  addWords: (words: Iterable<string>) => void;
  /**
   * The same segmenter keeping these words whole too, for one benchmark only (words learned from its
   * competitors' titles): they join the pieces the dictionary left as fragments; nothing global changes.
   */
  withWords: (words: ReadonlySet<string>) => Segmenter;
}

/** A high frequency makes jieba prefer the dictionary word over splitting it. */
const USER_WORD_FREQ = 200_000;
/** Words already added to each jieba module (its dictionary is module-wide): adding again is skipped. */
const addedWords = new WeakMap<object, Set<string>>();

/**
 * Wraps a jieba module with the e-commerce dictionary. Segmentation is jieba with its HMM for runs of
 * unknown characters, then fragment repair: a single character that is not a word on its own (斜 of 斜挎,
 * 餐 of 代餐) joins a neighbour. Both steps were chosen by measurement on hand-segmented real titles
 * (BENCHMARKS.md "Title segmentation"): HMM alone lifted boundary precision from 0.88 to 0.95 on the
 * development titles, fragment repair to 0.98.
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

  const build = (learned: ReadonlySet<string>): Segmenter => {
    const tokens = (text: string): Token[] => {
      let at = 0;
      return repairFragments(joinLearned(jieba.cut(text, true), learned)).map((word) => {
        const token = { word, start: at, end: at + word.length };
        at = token.end;
        return token;
      });
    };
    return {
      cut: (text) =>
        tokens(text)
          .map((t) => t.word)
          .filter(isWord),
      tokens,
      addWords,
      withWords: (words) => build(new Set([...learned, ...words])),
    };
  };
  return build(new Set());
}

/** Whitespace and punctuation are not words. */
export function isWord(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token);
}

const HAN = /\p{Script=Han}/u;
const SINGLE_HAN = /^\p{Script=Han}$/u;

/** A single Chinese character that is neither a word on its own nor a function or measure word. */
export function isFragment(piece: string): boolean {
  return SINGLE_HAN.test(piece) && !STANDALONE_CHARACTERS.has(piece) && !FUNCTION_CHARACTERS.has(piece);
}

function standsAlone(piece: string): boolean {
  return STANDALONE_CHARACTERS.has(piece) || FUNCTION_CHARACTERS.has(piece);
}

/**
 * Joins consecutive pieces into a learned word where the dictionary left part of it as fragments
 * (斜 + 挎 → 斜挎). Two known words are left apart (补水 + 保湿 is a phrase, not a word), and so are
 * characters that stand alone (戒指 + 女).
 */
function joinLearned(pieces: string[], learned: ReadonlySet<string>): string[] {
  if (!learned.size) return pieces;
  const out: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let end = i;
    let joined = pieces[i]!;
    let text = joined;
    for (let j = i + 1; j < pieces.length && text.length < 8; j++) {
      text += pieces[j]!;
      const span = pieces.slice(i, j + 1);
      if (learned.has(text) && span.some(isFragment) && !span.some(standsAlone)) {
        end = j;
        joined = text;
      }
    }
    out.push(joined);
    i = end + 1;
  }
  return out;
}

/**
 * A fragment joins a neighbour: a bound prefix (防, 加, 单 …) the word after it, any other the shorter
 * Chinese neighbour, the one before on a tie (most such characters are heads or suffixes: 毯+子, 珊瑚+绒).
 * Never across spaces, digits or Latin letters, and never onto a character that stands alone.
 */
function repairFragments(pieces: string[]): string[] {
  const out = [...pieces];
  for (let i = 0; i < out.length; i++) {
    const piece = out[i]!;
    if (!isFragment(piece)) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const canLeft = prev !== undefined && HAN.test(prev.slice(-1)) && !standsAlone(prev);
    const canRight = next !== undefined && HAN.test(next[0]!) && !standsAlone(next);
    let side: 'left' | 'right' | null = null;
    if (PREFIX_CHARACTERS.has(piece) && canRight) side = 'right';
    else if (canLeft && (!canRight || [...prev!].length <= [...next!].length)) side = 'left';
    else if (canRight) side = 'right';
    if (side === 'left') {
      out.splice(i - 1, 2, prev! + piece);
      i -= 1;
    } else if (side === 'right') {
      out.splice(i, 2, piece + next!);
    }
  }
  return out;
}
