import {
  ECOMMERCE_WORDS,
  FUNCTION_CHARACTERS,
  HEAD_CHARACTERS,
  PREFIX_CHARACTERS,
  STANDALONE_CHARACTERS,
  SUFFIX_CHARACTERS,
  followsNumber,
  isQuantityUnit,
} from './data/ecommerce-words';
import pairData from './data/character-pairs.json';
import { foldLatin } from '../text/fold-latin';
import { readCharacterPairs, type CharacterPairs } from './character-pairs';

/** The part of jieba-wasm's API we use; the Node build (tests, CLI) and the web build (extension pages) both fit. */
export interface JiebaLike {
  cut: (text: string, hmm?: boolean | null) => string[];
  add_word: (word: string, freq?: number | null, tag?: string | null) => number;
  /** Part of speech per word (jieba's dictionary tags: n, v, a, f …), asked of single characters and of words. */
  tag: (sentence: string, hmm?: boolean | null) => { word: string; tag: string }[];
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
  /**
   * The same segmenter cutting these strings out as single tokens wherever they occur (competitors' brands read
   * from their store names; letters in any case, and only as whole words), for one benchmark only: the rest of the title is segmented around them and
   * nothing global changes, so scraped words never reach jieba's module-wide dictionary.
   */
  withUnits: (units: ReadonlySet<string>) => Segmenter;
}

/** A high frequency makes jieba prefer the dictionary word over splitting it. */
const USER_WORD_FREQ = 200_000;
/**
 * jieba scores a cut as the sum of log(frequency ÷ total) over its words, so the total is what each extra word
 * costs. Raised about fourfold (added as the frequency of a word no title contains: private-use characters, which
 * jieba never reads as part of a word), it makes a title's longer dictionary words win over short pieces
 * (春夏秋冬, 芝麻街, 话梅味 + 西瓜子): titles are written in search words, longer than the news words jieba's
 * frequencies come from. Chosen on the real titles (BENCHMARKS.md "Issue 17"). jieba-wasm keeps the total in 32
 * bits: this leaves room for about 10,000 more added words (USER_WORD_FREQ each) in one page's life, five times
 * what 设置 allows.
 */
const WORD_COST_FREQ = 1_600_000_000;
const WORD_COST_TOKEN = '\uE000\uE001';
/** Words already added to each jieba module (its dictionary is module-wide): adding again is skipped. */
const addedWords = new WeakMap<object, Set<string>>();
let titlePairs: CharacterPairs | undefined;
/** Character pairs of real titles and queries (character-pairs.ts), read once, by the first segmenter created. */
function readTitlePairs(): CharacterPairs {
  titlePairs ??= readCharacterPairs(pairData);
  return titlePairs;
}

/**
 * Wraps a jieba module with the e-commerce dictionary. Segmentation is jieba with its HMM for runs of
 * unknown characters, then fragment repair: a single character that is not a word on its own (斜 of 斜挎,
 * 餐 of 代餐) joins a neighbour, the one real titles pair it with when they say so clearly (`pairs`, learned
 * from listing titles and search queries; null leaves the rules of thumb alone). The steps were chosen by
 * measurement on hand-segmented real titles (BENCHMARKS.md "Title segmentation"): HMM alone lifted boundary
 * precision from 0.88 to 0.95 on the development titles, fragment repair to 0.97, the pairs to 0.98.
 */
export function createSegmenter(
  jieba: JiebaLike,
  userWords: readonly string[] = [],
  pairs: CharacterPairs | null = readTitlePairs(),
): Segmenter {
  let added = addedWords.get(jieba);
  if (!added) {
    added = new Set();
    addedWords.set(jieba, added);
  }
  const known = added;
  const addWords = (list: Iterable<string>): void => {
    for (const raw of list) {
      // Titles are cut with Latin letters folded (T恤 and t恤 alike), so words are added folded.
      const word = foldLatin(raw.trim());
      if (!word || known.has(word)) continue;
      jieba.add_word(word, USER_WORD_FREQ, null);
      known.add(word);
    }
  };
  if (!known.has(WORD_COST_TOKEN)) {
    jieba.add_word(WORD_COST_TOKEN, WORD_COST_FREQ, null);
    known.add(WORD_COST_TOKEN);
  }
  addWords(ECOMMERCE_WORDS.keys());
  addWords(userWords);
  const tagOf = taggingWords(jieba);
  const leansRight = leaningRight(tagOf);

  const build = (learned: ReadonlySet<string>, units: readonly string[]): Segmenter => {
    const cutFolded = (text: string): string[] =>
      attachHeads(
        repairFragments(
          joinLearned(splitUnits(splitCompounds(jieba.cut(text, true), known, tagOf), known, tagOf), learned, pairs),
          leansRight,
          pairs,
        ),
        tagOf,
      );
    // Cut with Latin letters folded, so t恤 is the word T恤 is and INS风 the word ins风 is; the pieces are then read
    // back from the text itself, in its own case (folding keeps every offset).
    const segment = (text: string): string[] => {
      let at = 0;
      return cutFolded(foldLatin(text)).map((piece) => text.slice(at, (at += piece.length)));
    };
    const tokens = (text: string): Token[] => {
      let at = 0;
      return (units.length ? cutAround(text, units, segment) : segment(text)).map((word) => {
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
      withWords: (words) => build(new Set([...learned, ...[...words].map(foldLatin)]), units),
      // Longest first, so a unit that contains another wins where both match.
      withUnits: (more) =>
        build(
          learned,
          [...new Set([...units, ...more])].filter(Boolean).sort((a, b) => b.length - a.length),
        ),
    };
  };
  return build(new Set(), []);
}

/**
 * The text cut at every occurrence of a unit (leftmost, longest first, Latin letters in any case, as the text writes
 * it); the stretches between are segmented. A unit that begins or ends with a letter or digit is cut out only where
 * it stands as a whole word there (GO is not cut out of GoPro, 361度 not out of 2361度).
 */
function cutAround(text: string, units: readonly string[], segment: (text: string) => string[]): string[] {
  const folded = foldLatin(text);
  const keys = units.map(foldLatin);
  const whole = (at: number, length: number): boolean =>
    !(ALNUM.test(folded[at] ?? '') && ALNUM.test(folded[at - 1] ?? '')) &&
    !(ALNUM.test(folded[at + length - 1] ?? '') && ALNUM.test(folded[at + length] ?? ''));
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length;) {
    const key = keys.find((k) => folded.startsWith(k, i) && whole(i, k.length));
    if (!key) {
      i++;
      continue;
    }
    if (from < i) out.push(...segment(text.slice(from, i)));
    out.push(text.slice(i, i + key.length));
    i += key.length;
    from = i;
  }
  if (from < text.length) out.push(...segment(text.slice(from)));
  return out;
}

const ALNUM = /[A-Za-z0-9]/;

/**
 * A four-character word of jieba's dictionary that is a word plus a product word of ours is two search words:
 * 汽车坐垫 → 汽车 + 坐垫, 大众汽车 stays (汽车 is not a product word of ours). jieba's dictionary, built from news,
 * keeps such compounds whole; sellers and shoppers search the two parts apart. Words we added (ours and the
 * user's own, `added`) are never split.
 */
function splitCompounds(pieces: string[], added: ReadonlySet<string>, tagOf: (word: string) => string): string[] {
  return pieces.flatMap((piece) => {
    if (!HAN_FOUR.test(piece) || added.has(piece)) return [piece];
    const [head, tail] = [piece.slice(0, 2), piece.slice(2)];
    const split = ECOMMERCE_WORDS.get(tail) === '核心/类目词' && (ECOMMERCE_WORDS.has(head) || tagOf(head) !== '');
    return split ? [head, tail] : [piece];
  });
}

/**
 * A unit after a number that jieba's HMM joined to the characters after it (1.5 + 米床, where no dictionary word
 * begins there) is the quantity's end: 米 + 床. Words of a dictionary (jieba's, ours, the user's) stay whole, and so
 * does a unit with one character that is no word alone (3 + 号色: split, 色 would join the next word, 色口红).
 */
function splitUnits(pieces: string[], added: ReadonlySet<string>, tagOf: (word: string) => string): string[] {
  return pieces.flatMap((piece, i) => {
    const split =
      followsNumber(pieces[i - 1], piece[0]!) &&
      HAN_RUN.test(piece) &&
      !added.has(piece) &&
      tagOf(piece) === '' &&
      !(piece.length === 2 && isFragment(piece[1]!));
    return split ? [piece[0]!, piece.slice(1)] : [piece];
  });
}

/** Whitespace and punctuation are not words. */
export function isWord(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token);
}

const HAN = /\p{Script=Han}/u;
const SINGLE_HAN = /^\p{Script=Han}$/u;
const HAN_FOUR = /^\p{Script=Han}{4}$/u;
const HAN_RUN = /^\p{Script=Han}{2,}$/u;

/** A single Chinese character that is neither a word on its own nor a function or measure word. */
export function isFragment(piece: string): boolean {
  return SINGLE_HAN.test(piece) && !STANDALONE_CHARACTERS.has(piece) && !FUNCTION_CHARACTERS.has(piece);
}

function standsAlone(piece: string): boolean {
  return STANDALONE_CHARACTERS.has(piece) || FUNCTION_CHARACTERS.has(piece);
}

/**
 * Joins consecutive pieces into a learned word where the dictionary left part of it as fragments (斜 + 挎 → 斜挎,
 * 羊 + 天使 → 羊天使, a brand). A learned word joins fragments with at most one word: two words are left apart
 * (补水 + 保湿 is a phrase; 水 + 精华 + 面霜 no word), and so are characters that stand alone (戒指 + 女), a unit
 * after a number (2024 + 年 + 新款) and a fragment real titles clearly write with the word outside the span (毯 + 子 +
 * 冬季: 子冬季 recurs in titles, 子 ends 毯子). Measured on the development titles grouped by page: joined without
 * these limits the learned words cost precision and recall (0.9772 → 0.9766, 0.9484 → 0.9472); with them they cost
 * nothing (BENCHMARKS.md "Issue 17 (2026-11-26, third session)").
 */
function joinLearned(pieces: string[], learned: ReadonlySet<string>, pairs: CharacterPairs | null): string[] {
  if (!learned.size) return pieces;
  const out: string[] = [];
  for (let i = 0; i < pieces.length;) {
    // A unit after a number ends the quantity (2024 + 年 + 新款), however often titles write 年新款.
    if (isQuantityUnit(pieces, i)) {
      out.push(pieces[i++]!);
      continue;
    }
    let end = i;
    let joined = pieces[i]!;
    let text = joined;
    for (let j = i + 1; j < pieces.length && text.length < 8; j++) {
      text += pieces[j]!;
      const span = pieces.slice(i, j + 1);
      if (
        learned.has(text) &&
        span.some(isFragment) &&
        span.filter((p) => !isFragment(p)).length <= 1 &&
        !span.some(standsAlone) &&
        !pairsPullApart(pieces, i, j, pairs)
      ) {
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
 * Whether real titles clearly pair a fragment at the edge of a span with the word outside it instead (被子 + 冬季 with
 * 子 at the edge: titles write 被子, so 子冬季 is no word however often the titles repeat it).
 */
function pairsPullApart(pieces: readonly string[], i: number, j: number, pairs: CharacterPairs | null): boolean {
  if (!pairs) return false;
  const outward = (k: number, side: 'left' | 'right'): boolean => {
    const prev = pieces[k - 1];
    const next = pieces[k + 1];
    if (!isFragment(pieces[k]!) || prev === undefined || next === undefined) return false;
    if (!HAN.test(prev.slice(-1)) || !HAN.test(next[0]!)) return false;
    return sideByPairs(pairs, prev, pieces[k]!, next) === side;
  };
  return outward(i, 'left') || outward(j, 'right');
}

/** Parts of speech that begin a word when they stand between two: verbs, adjectives, adverbs, localizers, numerals. */
const LEADING_TAGS = /^(v|vn|vd|a|ad|an|d|f|m)$/;

/**
 * Whether a fragment between two words of equal length belongs to the word after it: a verb takes its object
 * (擦 + 脸霜, 暖 + 脚宝, 洗 + 屁屁), an adjective, localizer or numeral its noun (老 + 粗布, 中 + 大型犬); nouns
 * and bound morphemes end the word before (毯 + 子 → 毯子, 珊瑚 + 绒). E-commerce suffixes that jieba tags as
 * verbs or numerals stay suffixes (新 + 款, 车 + 贴, 纽 + 扣). Chosen by measurement on the development titles
 * (BENCHMARKS.md). Tags come from jieba's dictionary (taggingWords, once per character).
 */
function leaningRight(tagOf: (word: string) => string): (character: string) => boolean {
  return (character) => !SUFFIX_CHARACTERS.has(character) && LEADING_TAGS.test(tagOf(character));
}

/** Part of speech of a word as jieba's dictionary tags it ('' for a word it would cut), once per word. */
function taggingWords(jieba: JiebaLike): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let tag = cache.get(word);
    if (tag === undefined) {
      const tags = jieba.tag(word, false);
      tag = tags.length === 1 ? tags[0]!.tag : '';
      cache.set(word, tag);
    }
    return tag;
  };
}

/** Characters that stand alone and never take a fragment, whatever the pairs say (的书 is 的 + 书). */
const NEVER_TAKES: ReadonlySet<string> = new Set('的和与或及');

/** How much likelier (natural log) the corpus must make one side before it overrules the rules of thumb. */
const PAIR_MARGIN = 1;

/**
 * Which word a fragment between two joins, by real titles and queries: how well it pairs with the last
 * character before it and the first after it, plus how often it ends rather than begins a word (服 ends 衣服,
 * 面包服; 防 begins 防水). Null when the evidence is too even to overrule the rules of thumb. Where neither pair
 * was seen, the smoothed values still lean to the rarer neighbour; measured, that helps (BENCHMARKS.md).
 */
function sideByPairs(pairs: CharacterPairs, prev: string, piece: string, next: string): 'left' | 'right' | null {
  // A character the titles never use has no evidence; its neighbours' own frequencies would decide alone.
  if (!pairs.knows(piece)) return null;
  const left = pairs.cohesion(Array.from(prev).at(-1)!, piece);
  const right = pairs.cohesion(piece, Array.from(next)[0]!);
  const lean = left - right + pairs.endsWords(piece);
  if (Math.abs(lean) < PAIR_MARGIN) return null;
  return lean > 0 ? 'left' : 'right';
}

/**
 * A fragment joins a neighbour: a bound prefix (防, 加, 单 …) the word after it; between two words, the one the
 * character pairs with in real titles when they say so clearly (sideByPairs); otherwise the shorter Chinese
 * neighbour, and on a tie the word after it when it leans right (verbs, adjectives …), else the one before.
 * Never across spaces, digits or Latin letters, and onto a character that stands alone only when the pairs say so.
 */
function repairFragments(pieces: string[], leansRight: (character: string) => boolean, pairs: CharacterPairs | null): string[] {
  const out = [...pieces];
  for (let i = 0; i < out.length; i++) {
    const piece = out[i]!;
    if (!isFragment(piece)) continue;
    const prev = out[i - 1];
    // A unit after a number ends the quantity (24年 + 新款, 11岁 + 小学生): it takes no word after it.
    if (isQuantityUnit(out, i)) continue;
    const next = out[i + 1];
    const hanLeft = prev !== undefined && HAN.test(prev.slice(-1));
    const hanRight = next !== undefined && HAN.test(next[0]!);
    const byPairs = pairs && hanLeft && hanRight ? sideByPairs(pairs, prev!, piece, next!) : null;
    // A character that stands alone takes a fragment only when real titles clearly pair the two (个 + 月 → 个月).
    const takes = (neighbour: string, pair: string): boolean =>
      !!pairs && pair.length === 2 && !NEVER_TAKES.has(neighbour) && pairs.seen(pair[0]!, pair[1]!);
    const canLeft = hanLeft && (!standsAlone(prev!) || (byPairs === 'left' && takes(prev!, prev!.slice(-1) + piece)));
    const canRight = hanRight && (!standsAlone(next!) || (byPairs === 'right' && takes(next!, piece + next![0])));
    let side: 'left' | 'right' | null = null;
    const tie = canLeft && canRight && [...prev!].length === [...next!].length;
    if (PREFIX_CHARACTERS.has(piece) && canRight) side = 'right';
    else if (byPairs && (byPairs === 'left' ? canLeft : canRight)) side = byPairs;
    else if (tie) side = leansRight(piece) ? 'right' : 'left';
    else if (canLeft && (!canRight || [...prev!].length < [...next!].length)) side = 'left';
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

const HAN_WORD = /^\p{Script=Han}{2,3}$/u;

/** Word classes that describe rather than name a thing: 女款 + 粉 and 浅色 + 粉 are a colour, not a powder. */
const DESCRIBING: ReadonlySet<string> = new Set(['修饰/场景/人群词', '属性词']);
/** Sizes written as one word with their unit: 特大 + 号, 加大 + 码. */
const SIZE_END = /[大小中]$/u;
const SIZE_UNITS: ReadonlySet<string> = new Set('号码');

/**
 * Heads that are also words of their own, so jieba leaves them apart: 粉 (pink, or powder), 条 (a measure word, or
 * a strip), 号 and 码 (a number, or a size). After a Chinese word of two or three characters they end it where that
 * word says what the thing is made of or how large it is: 桑葚 + 粉 → 桑葚粉, 三七 + 粉 → 三七粉, 反光 + 条 → 反光条,
 * 特大 + 号 → 特大号. Not after a numeral (几十万条 is a count); 粉 not after an audience, style or colour word (女款粉,
 * 浅色粉) or a character that stands alone.
 * Measured on the real titles (BENCHMARKS.md "Issue 17").
 */
function endsAsHead(prev: string, piece: string, tagOf: (word: string) => string): boolean {
  if (!HAN_WORD.test(prev) || ECOMMERCE_WORDS.get(prev) === '品牌词') return false;
  if (piece === '粉') return !STANDALONE_CHARACTERS.has(prev.slice(-1)) && !DESCRIBING.has(ECOMMERCE_WORDS.get(prev) ?? '');
  if (piece === '条') return tagOf(prev) !== 'm';
  return SIZE_UNITS.has(piece) && SIZE_END.test(prev);
}

/** 男 + 女包 is 男女 + 包 (for men and women, a bag): jieba reads 女包 first. Only before a product head or suffix. */
function splitsAudience(prev: string, piece: string): boolean {
  return prev === '男' && piece.length === 2 && piece[0] === '女' && (HEAD_CHARACTERS.has(piece[1]!) || SUFFIX_CHARACTERS.has(piece[1]!));
}

/**
 * A product head written as one character after a word names one product (九分 + 裤 → 九分裤, 饭盒 + 袋 → 饭盒袋,
 * 健身 + 垫 → 健身垫): sellers and shoppers write and search these as one word, while jieba leaves the head
 * apart because it is a word on its own (女包's 包 stays apart: a single character before it is an audience,
 * not a product). Only after a Chinese word of two or three characters, never after digits (3盒 is a count).
 * Heads that are words of their own too (endsAsHead) and 男 + 女包 (splitsAudience) are settled first.
 */
function attachHeads(pieces: string[], tagOf: (word: string) => string): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && splitsAudience(prev, piece)) {
      out[out.length - 1] = prev + piece[0]!;
      out.push(piece.slice(1));
      continue;
    }
    if (prev !== undefined && endsAsHead(prev, piece, tagOf)) {
      out[out.length - 1] = prev + piece;
      continue;
    }
    // A brand takes no head: 九阳 + 锅 is the brand's pot, not a product word 九阳锅.
    if (prev !== undefined && HEAD_CHARACTERS.has(piece) && HAN_WORD.test(prev) && ECOMMERCE_WORDS.get(prev) !== '品牌词')
      out[out.length - 1] = prev + piece;
    else out.push(piece);
  }
  return out;
}
