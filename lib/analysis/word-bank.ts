import { countTitleUnits } from '../text/title-units';
import { ECOMMERCE_WORDS, type WordClass } from './data/ecommerce-words';
import type { Segmenter } from './segment';

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
}

export interface BankTitle {
  title: string;
  sales: number | null;
}

export interface WordBankOptions {
  /** The user's brand words (settings): classed 品牌词. */
  brands?: readonly string[];
  /** Minimum titles for a tight phrase (default: 3 or 10 % of titles). */
  minPhraseTitles?: number;
}

/** Word bank of competitor titles (seed §2): per word how many titles use it, weighted by sales, where, and its class. */
export function buildWordBank(titles: readonly BankTitle[], segmenter: Segmenter, options: WordBankOptions = {}): WordBank {
  const brands = new Set(options.brands ?? []);
  const stats = new Map<string, { titles: number; sales: number; positions: number }>();
  const pairs = new Map<string, { words: [string, string]; titles: number }>();
  const totalSales = titles.reduce((s, t) => s + (t.sales ?? 0), 0);

  for (const { title, sales } of titles) {
    const tokens = segmenter.tokens(title);
    const totalUnits = Math.max(1, countTitleUnits(title));
    const seen = new Set<string>();
    const seenPairs = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!isBankWord(token.word)) continue;
      if (!seen.has(token.word)) {
        seen.add(token.word);
        const entry = stats.get(token.word) ?? { titles: 0, sales: 0, positions: 0 };
        entry.titles++;
        entry.sales += sales ?? 0;
        entry.positions += countTitleUnits(title.slice(0, token.start)) / totalUnits;
        stats.set(token.word, entry);
      }
      const next = tokens[i + 1];
      // Only directly adjacent words form a tight pair: a space or symbol between them breaks it.
      if (next && isBankWord(next.word)) {
        const key = `${token.word}\u0000${next.word}`;
        if (!seenPairs.has(key)) {
          seenPairs.add(key);
          const pair = pairs.get(key) ?? { words: [token.word, next.word] as [string, string], titles: 0 };
          pair.titles++;
          pairs.set(key, pair);
        }
      }
    }
  }

  const n = titles.length;
  const words: BankWord[] = [...stats].map(([word, s]) => ({
    word,
    titles: s.titles,
    share: n ? s.titles / n : 0,
    salesShare: totalSales ? s.sales / totalSales : 0,
    meanPosition: s.positions / s.titles,
    wordClass: classifyWord(word, brands),
  }));
  words.sort((a, b) => b.titles - a.titles || b.salesShare - a.salesShare || a.meanPosition - b.meanPosition);

  const minPhrase = options.minPhraseTitles ?? Math.max(3, Math.ceil(n * 0.1));
  const phrases: TightPhrase[] = [];
  for (const pair of pairs.values()) {
    if (pair.titles < minPhrase) continue;
    const [a, b] = pair.words;
    const together = pair.titles / Math.min(stats.get(a)!.titles, stats.get(b)!.titles);
    // "Rarely apart": most titles that have the rarer word have it next to the other one.
    if (together < 0.6) continue;
    phrases.push({ phrase: a + b, words: pair.words, titles: pair.titles, share: n ? pair.titles / n : 0 });
  }
  phrases.sort((x, y) => y.titles - x.titles);

  const core = words.find((w) => w.wordClass === '核心/类目词') ?? null;
  return { titleCount: n, words, phrases, coreWord: core?.word ?? null };
}

/** Default class of a word: the user's brands, numbers and model codes, the dictionary, else 其他. */
export function classifyWord(word: string, brands: ReadonlySet<string> = new Set()): WordClass {
  if (brands.has(word)) return '品牌词';
  const known = ECOMMERCE_WORDS.get(word);
  if (known) return known;
  if (/\d/.test(word) && /^[\w.\-+/]+$/.test(word)) return '数字/型号';
  return '其他';
}

/** Single letters and digits carry nothing for a bank; CJK single characters (女, 男, 新) do. */
function isBankWord(word: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(word)) return false;
  return word.length > 1 || /\p{Script=Han}/u.test(word);
}
