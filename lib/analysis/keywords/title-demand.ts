import { foldLatin } from '../../text/fold-latin';
import { classifyWord, type BankWord, type WordBank } from '../word-bank';
import type { Segmenter } from '../segment';
import type { DemandCapture } from './demand-rows';
import { writeKeywordAsTitle } from '../../text/write-keyword';

/** A search term with its demand, as the title analysis takes it (from 生意参谋 搜索分析 and 搜索词 data). */
export interface DemandTerm {
  term: string;
  /** 搜索人气 (搜索指数 on 1688). */
  searchPopularity: number | null;
  /** 在线商品数. */
  onlineItems: number | null;
}

/** What demand a word bank got: the terms used and each word's summed 搜索人气. */
export interface BankDemand {
  terms: number;
  /** Σ 搜索人气 of the relevant terms containing the word (inheritance method), for words some term contains. */
  byWord: Map<string, number>;
}

/** The newest demand of each term, for the title analysis. */
export function demandTermsOf(captures: readonly DemandCapture[]): DemandTerm[] {
  return captures.map((c) => ({ term: c.term, searchPopularity: c.latest.searchIndex, onlineItems: c.latest.competingItems }));
}

/**
 * The product words a term must contain to be about the benchmark's product: the search keyword, the bank's
 * core word, and the core word's tails that the dictionary knows as product words (卫衣 of 连帽卫衣: a Chinese
 * compound's head is at its end).
 */
export function productHeads(keyword: string | null, coreWord: string | null): string[] {
  const heads = new Set<string>();
  const kw = keyword ? writeKeywordAsTitle(keyword) : '';
  if (kw) heads.add(kw);
  if (coreWord) {
    heads.add(coreWord);
    const chars = [...coreWord];
    for (let i = 1; i <= chars.length - 2; i++) {
      const tail = chars.slice(i).join('');
      if (classifyWord(tail) === '核心/类目词') heads.add(tail);
    }
  }
  return [...heads];
}

/**
 * Demand of a word bank's words from the seller's search terms: only terms about the benchmark's product
 * (containing one of its productHeads) count, and each word takes the 搜索人气 of every such term that contains
 * it (a word of two characters or more anywhere in the term, a single character as one of its words, as the
 * title score reads words). Null when no term is about the product: then the title analysis is unchanged.
 */
export function demandForBank(
  bank: WordBank,
  keyword: string | null,
  terms: readonly DemandTerm[],
  segmenter: Segmenter,
): BankDemand | null {
  const heads = productHeads(keyword, bank.coreWord);
  // Latin letters in any case: the search term t恤男 carries the bank's T恤.
  const relevant = terms.filter((t) => t.searchPopularity !== null && heads.some((h) => foldLatin(t.term).includes(foldLatin(h))));
  if (!relevant.length) return null;
  const pieces = relevant.map((t) => ({ term: foldLatin(t.term), words: segmenter.cut(t.term), demand: t.searchPopularity! }));
  const byWord = new Map<string, number>();
  for (const w of bank.words) {
    const single = [...w.word].length < 2;
    let sum = 0;
    let found = false;
    for (const p of pieces) {
      if (single ? !p.words.includes(w.word) : !p.term.includes(foldLatin(w.word))) continue;
      sum += p.demand;
      found = true;
    }
    if (found) byWord.set(w.word, sum);
  }
  return { terms: relevant.length, byWord };
}

/** The bank with each word's 搜索人气 (null where no term contains it) and the number of terms behind them. */
export function withDemand(bank: WordBank, demand: BankDemand): WordBank {
  return {
    ...bank,
    words: bank.words.map((w) => ({ ...w, searchPopularity: demand.byWord.get(w.word) ?? null })),
    demand: { terms: demand.terms },
  };
}

/**
 * What a word is worth adding when demand is known: demand × (1 − competition share), the competition share
 * being the share of competitor titles that already use it (seed method 2: high search heat, few competitors).
 */
export function demandWeight(word: Pick<BankWord, 'share' | 'searchPopularity'>): number {
  return (word.searchPopularity ?? 0) * (1 - word.share);
}

/** Words by demandWeight, highest first; words without demand keep their bank order after them. */
export function rankByDemand<W extends Pick<BankWord, 'share' | 'searchPopularity' | 'titles'>>(words: readonly W[]): W[] {
  return words
    .map((w, i) => ({ w, i, weight: demandWeight(w) }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((x) => x.w);
}

/**
 * How much demand a title carries, and how early: Σ demandWeight × (1 − where the word starts ÷ title length)
 * over the bank words of two characters or more that it contains. Ranks proposals of equal score.
 */
export function demandCarried(title: string, words: readonly Pick<BankWord, 'word' | 'share' | 'searchPopularity'>[]): number {
  const length = Math.max(1, title.length);
  const folded = foldLatin(title);
  let sum = 0;
  for (const w of words) {
    if ([...w.word].length < 2) continue;
    const at = folded.indexOf(foldLatin(w.word));
    if (at >= 0) sum += demandWeight(w) * (1 - at / length);
  }
  return sum;
}
