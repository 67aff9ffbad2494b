import { commonestSpelling, foldLatin } from '../text/fold-latin';
import { countTitleUnits } from '../text/title-units';
import { dictionaryClassOf, isQuantityUnit, STANDALONE_CHARACTERS, type WordClass } from './data/ecommerce-words';
import type { Segmenter } from './segment';
import { mentionsBrand } from './shop-brands';
import { writeKeywordAsTitle } from '../text/write-keyword';

export interface BankWord {
  word: string;
  /** Number of titles containing the word. */
  titles: number;
  share: number;
  /** Sales of the titles containing it ÷ sales of all titles (items without sales weigh 0). */
  salesShare: number;
  /** Mean position of its first occurrence, 0 = title start, 1 = end (in length units). */
  meanPosition: number;
  wordClass: WordClass;
  /** True when the class was inferred from the titles (the dictionary does not know the word). */
  inferred?: boolean;
  /**
   * With search-term demand only (生意参谋): Σ 搜索人气 of the demand terms containing the word (the inheritance
   * method), null when none contains it. Absent without demand data.
   */
  searchPopularity?: number | null;
  /** The word names a competitor's brand (from their brand stores): never suggested, counted or proposed. */
  otherBrand?: true;
}

/** Two words that sit next to each other in many titles and rarely apart: keep them whole (紧密词). */
export interface TightPhrase {
  phrase: string;
  words: [string, string];
  titles: number;
  share: number;
}

export interface WordBank {
  titleCount: number;
  words: BankWord[];
  phrases: TightPhrase[];
  /** The product word most titles use (核心词); null when the titles share none. */
  coreWord: string | null;
  /**
   * The titles (by index) that use each product word (核心/类目词), as the bank shows the word: which products
   * competitors write in one title (背包 with 双肩包) and which never together (红茶 and 铁观音 are two items).
   */
  productTitles?: ReadonlyMap<string, ReadonlySet<number>>;
  /** With search-term demand only: how many of the seller's 生意参谋 search terms fed the words' 搜索人气. */
  demand?: { terms: number };
}

export interface BankTitle {
  title: string;
  sales: number | null;
  /** The store selling it, where known: a brand store names a competitor's brand (shop-brands.ts). */
  shop?: string | null;
}

export interface WordBankOptions {
  /** Brand words (the user's own from settings, competitors' from their brand stores): classed 品牌词. */
  brands?: readonly string[];
  /** Competitors' brands (from their brand stores): words naming one, in any case, are marked `otherBrand`. */
  otherBrands?: readonly string[];
  /** Minimum titles for a tight phrase (default: 3 or 10 % of titles). */
  minPhraseTitles?: number;
  /** The search keyword of the snapshot: it and its head are the core words of a category the dictionary does not know. */
  keyword?: string | null;
}

/** A keyword (or its head) written in at least this share of titles is their core word. */
const CORE_SHARE = 0.4;

/** Word bank of competitor titles (seed §2): per word how many titles use it, weighted by sales, where, and its class. */
export function buildWordBank(titles: readonly BankTitle[], segmenter: Segmenter, options: WordBankOptions = {}): WordBank {
  // Brands in any case: a store's Dior and another title's DIOR are one brand.
  const brands = new Set([...(options.brands ?? []), ...(options.otherBrands ?? [])].map(foldLatin));
  const otherBrands = options.otherBrands ?? [];
  // Words are counted with Latin letters folded (T恤 and t恤, iPad and ipad are one word), and shown as most titles
  // write them.
  const stats = new Map<string, { titles: number; sales: number; positions: number; spellings: Map<string, number> }>();
  const pairs = new Map<string, { words: [string, string]; titles: number }>();
  const totalSales = titles.reduce((s, t) => s + (t.sales ?? 0), 0);
  const segmented: string[][] = [];

  for (const { title, sales } of titles) {
    const tokens = segmenter.tokens(title);
    const keys = tokens.map((t) => foldLatin(t.word));
    segmented.push(keys);
    const totalUnits = Math.max(1, countTitleUnits(title));
    const seen = new Set<string>();
    const seenPairs = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const key = keys[i]!;
      // A unit after a number is part of a quantity (1.8米's 米 is metres, not rice; 3包's 包 a count, not a bag).
      if (!isBankWord(token.word) || isQuantityUnit(keys, i)) continue;
      if (!seen.has(key)) {
        seen.add(key);
        const entry = stats.get(key) ?? { titles: 0, sales: 0, positions: 0, spellings: new Map<string, number>() };
        entry.titles++;
        entry.sales += sales ?? 0;
        entry.positions += countTitleUnits(title.slice(0, token.start)) / totalUnits;
        entry.spellings.set(token.word, (entry.spellings.get(token.word) ?? 0) + 1);
        stats.set(key, entry);
      }
      const next = tokens[i + 1];
      // Only directly adjacent words form a tight pair: a space or symbol between them breaks it.
      if (next && isBankWord(next.word) && !isQuantityUnit(keys, i + 1)) {
        const pairKey = `${key}\u0000${keys[i + 1]!}`;
        if (!seenPairs.has(pairKey)) {
          seenPairs.add(pairKey);
          const pair = pairs.get(pairKey) ?? { words: [key, keys[i + 1]!] as [string, string], titles: 0 };
          pair.titles++;
          pairs.set(pairKey, pair);
        }
      }
    }
  }

  // The spelling most titles use (the first seen on a tie).
  const shown = new Map([...stats].map(([key, s]) => [key, commonestSpelling(s.spellings)]));
  const n = titles.length;
  const words: BankWord[] = [...stats].map(([key, s]) => {
    const word = shown.get(key)!;
    return {
      word,
      titles: s.titles,
      share: n ? s.titles / n : 0,
      salesShare: totalSales ? s.sales / totalSales : 0,
      meanPosition: s.positions / s.titles,
      wordClass: classifyWord(word, brands),
      ...(mentionsBrand(word, otherBrands) ? { otherBrand: true as const } : {}),
    };
  });
  words.sort((a, b) => b.titles - a.titles || b.salesShare - a.salesShare || a.meanPosition - b.meanPosition);

  const minPhrase = options.minPhraseTitles ?? Math.max(3, Math.ceil(n * 0.1));
  const phrases: TightPhrase[] = [];
  for (const pair of pairs.values()) {
    if (pair.titles < minPhrase) continue;
    const [a, b] = pair.words;
    const together = pair.titles / Math.min(stats.get(a)!.titles, stats.get(b)!.titles);
    // "Rarely apart": most titles that have the rarer word have it next to the other one.
    if (together < 0.6) continue;
    const both: [string, string] = [shown.get(a)!, shown.get(b)!];
    phrases.push({ phrase: both.join(''), words: both, titles: pair.titles, share: n ? pair.titles / n : 0 });
  }
  phrases.sort((x, y) => y.titles - x.titles);

  const keyword = options.keyword ? writeKeywordAsTitle(options.keyword) || null : null;
  const coreWord = chooseCoreWord(words, titles, keyword, segmenter);
  inferClasses(
    words,
    segmented.map((keys) => keys.map((k) => shown.get(k) ?? k)),
    coreWord,
    keyword,
  );
  return { titleCount: n, words, phrases, coreWord, productTitles: mapProductTitles(words, titles, segmented) };
}

/**
 * The titles that have each product word, found as the score finds a word in a title (hasWord: 卫衣 in 连帽卫衣), a
 * unit after a number not counting as a word (10包's 包).
 */
function mapProductTitles(
  words: readonly BankWord[],
  titles: readonly BankTitle[],
  segmented: readonly string[][],
): Map<string, Set<number>> {
  const folded = titles.map((t) => foldLatin(t.title));
  const wordsOf = segmented.map((keys) => keys.filter((_, at) => !isQuantityUnit(keys, at)));
  const out = new Map<string, Set<number>>();
  for (const w of words) {
    if (w.wordClass !== '核心/类目词') continue;
    out.set(w.word, new Set(titles.flatMap((_, i) => (hasWord(folded[i]!, wordsOf[i]!, w.word) ? [i] : []))));
  }
  return out;
}

/**
 * Whether the title has a word: a word of two or more characters anywhere in it, a single character only as
 * a word of its own (女 inside 女包 is not the word 女). `folded` is the title with Latin letters folded, so a title
 * with ipad has the bank's iPad.
 */
export function hasWord(folded: string, words: readonly string[], word: string): boolean {
  return [...word].length > 1 ? folded.includes(foldLatin(word)) : words.includes(word);
}

/**
 * The core word: the keyword's head (its last word that is not a modifier: 手机支架 of 车载手机支架, 连帽卫衣 of
 * 连帽卫衣女) when enough titles carry it, else the whole keyword when they do, else the first product word of
 * the dictionary among the titles.
 */
function chooseCoreWord(
  words: readonly BankWord[],
  titles: readonly BankTitle[],
  keyword: string | null,
  segmenter: Segmenter,
): string | null {
  if (keyword) {
    const parts = segmenter.cut(keyword).filter((p) => [...p].length > 1);
    const modifiers = new Set<WordClass>(['修饰/场景/人群词', '营销词', '属性词']);
    const head = [...parts].reverse().find((p) => !modifiers.has(classifyWord(p)));
    for (const candidate of [head, keyword].filter((c): c is string => !!c)) {
      const folded = foldLatin(candidate);
      const carrying = titles.filter((t) => foldLatin(t.title).includes(folded)).length;
      // Shown as the bank shows it (T恤 for the keyword t恤男 when most titles write T恤).
      if (titles.length && carrying / titles.length >= CORE_SHARE)
        return words.find((w) => foldLatin(w.word) === foldLatin(candidate))?.word ?? candidate;
    }
  }
  return words.find((w) => w.wordClass === '核心/类目词')?.word ?? null;
}

/**
 * Classes for words the dictionary does not know, from how the titles use them (domain-rules.md §2): the core
 * word and words sharing its head character are product words (斜挎包 beside 女包), words written right before
 * a product word in two or more titles modify it (修饰), the rest stay 其他.
 */
function inferClasses(words: BankWord[], segmented: readonly string[][], coreWord: string | null, keyword: string | null): void {
  const head = (coreWord ?? keyword)?.slice(-1) ?? null;
  const isProduct = (w: BankWord): boolean => w.wordClass === '核心/类目词';
  for (const w of words) {
    if (w.wordClass !== '其他' || !/\p{Script=Han}/u.test(w.word)) continue;
    if (w.word === coreWord || w.word === keyword || (head && [...w.word].length > 1 && w.word.endsWith(head))) {
      w.wordClass = '核心/类目词';
      w.inferred = true;
    }
  }
  const products = new Set(words.filter(isProduct).map((w) => w.word));
  const before = new Map<string, number>();
  for (const pieces of segmented) {
    const seen = new Set<string>();
    for (let i = 0; i + 1 < pieces.length; i++) {
      if (products.has(pieces[i + 1]!) && !seen.has(pieces[i]!)) {
        seen.add(pieces[i]!);
        before.set(pieces[i]!, (before.get(pieces[i]!) ?? 0) + 1);
      }
    }
  }
  for (const w of words) {
    if (w.wordClass !== '其他' || !/\p{Script=Han}/u.test(w.word)) continue;
    if ((before.get(w.word) ?? 0) >= 2) {
      w.wordClass = '修饰/场景/人群词';
      w.inferred = true;
    }
  }
}

/** Default class of a word: the user's brands, numbers and model codes, the dictionary, else 其他. */
export function classifyWord(word: string, brands: ReadonlySet<string> = new Set()): WordClass {
  if (brands.has(word) || brands.has(foldLatin(word))) return '品牌词';
  const known = dictionaryClassOf(word) ?? STANDALONE_CHARACTERS.get(word);
  if (known) return known;
  if (/\d/.test(word) && /^[\w.\-+/*]+$/.test(word)) return '数字/型号';
  return '其他';
}

/**
 * What the bank counts: words of two or more letters, and the single Chinese characters that stand as words
 * (女, 男, 夏 …). Fragments, measure words and lone letters or digits carry nothing for a seller.
 */
export function isBankWord(word: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(word)) return false;
  if ([...word].length > 1) return true;
  return STANDALONE_CHARACTERS.has(word);
}
