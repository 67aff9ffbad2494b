import { foldLatin } from '../../text/fold-latin';
import { compareText } from '../../text/compare-text';
import { classifyWord } from '../word-bank';
import type { Segmenter } from '../segment';
import { distinctTermWords, termWords } from '../shop/roots';
import { topThirdEdge } from './blue-ocean';
import type { KeywordTerm } from './keyword-table';

/** The three groups of a paid-search plan (seed method 6). */
export type PlanGroup = 'big' | 'longTail' | 'precise';
export const PLAN_GROUPS: readonly PlanGroup[] = ['big', 'longTail', 'precise'];
export const PLAN_GROUP_LABELS: Record<PlanGroup, string> = { big: '大词', longTail: '长尾词', precise: '精准词' };

/** Shares of the plan's words per group, as fractions. */
export type PlanShares = Record<PlanGroup, number>;

/** Seed method 6: about 30 % big words, 60 % long-tail words, 10 % precise words. */
export const DEFAULT_PLAN_SHARES: PlanShares = { big: 0.3, longTail: 0.6, precise: 0.1 };

/** Words a plan holds unless the user says otherwise (a 直通车 unit takes up to 200; 20 is a start to watch). */
export const DEFAULT_PLAN_SIZE = 20;

export interface PlanWord {
  term: string;
  group: PlanGroup;
  searchPopularity: number | null;
  onlineItems: number | null;
  competition: number | null;
  conversionRate: number | null;
  /** The term's words as the segmenter cuts it. */
  words: string[];
  reason: string;
}

export interface PaidPlan {
  size: number;
  /** The shares used (normalised to add up to 1). */
  shares: PlanShares;
  /** Words each group should get: the size split by the shares (largest remainder). */
  targets: Record<PlanGroup, number>;
  big: PlanWord[];
  longTail: PlanWord[];
  precise: PlanWord[];
  /** Places a group could not fill: too few candidates of its kind. */
  short: Record<PlanGroup, number>;
  /** Terms left out, each with its reason. */
  left: { term: string; reason: string }[];
  /** The core word the precise words are built on (given, or the root in most terms). */
  coreWord: string | null;
}

export interface PlanOptions {
  shares?: Partial<PlanShares>;
  /** Words in the plan; default DEFAULT_PLAN_SIZE or the number of terms, whichever is smaller. */
  size?: number;
  /** The product's core word; default the root found in most terms. */
  coreWord?: string | null;
  /** Attributes of my product (加绒, 宽松 …): a precise word is the core word with one of them. */
  productWords?: readonly string[];
}

/** A short word has at most this many words ("连帽卫衣 女"); a long-tail word at least LONG_TAIL_WORDS. */
const SHORT_WORDS = 2;
const LONG_TAIL_WORDS = 3;

/** Shares as fractions adding up to 1 (negative or missing shares count 0; all zero → the defaults). */
export function normaliseShares(shares: Partial<PlanShares> = {}): PlanShares {
  const raw = PLAN_GROUPS.map((g) => Math.max(0, Number.isFinite(shares[g]) ? shares[g]! : DEFAULT_PLAN_SHARES[g]));
  const total = raw.reduce((a, b) => a + b, 0);
  if (!total) return { ...DEFAULT_PLAN_SHARES };
  return { big: raw[0]! / total, longTail: raw[1]! / total, precise: raw[2]! / total };
}

/** Splits `size` places by the shares so that they add up to `size` exactly (largest remainder). */
export function apportion(size: number, shares: PlanShares): Record<PlanGroup, number> {
  const exact = PLAN_GROUPS.map((g) => size * shares[g]);
  const counts = exact.map(Math.floor);
  let left = size - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i]!++;
    left--;
  }
  return { big: counts[0]!, longTail: counts[1]!, precise: counts[2]! };
}

/** The root that appears in the most terms (ties: the larger summed 搜索人气), words of two characters or more. */
export function chooseCoreWord(terms: readonly KeywordTerm[], segmenter: Segmenter): string | null {
  // Latin letters in any case are one root (t恤, T恤), named as the first term writes it.
  const roots = new Map<string, { word: string; terms: number; demand: number }>();
  for (const t of terms) {
    for (const [key, w] of distinctTermWords(t.term, segmenter)) {
      if ([...w].length < 2) continue;
      const r = roots.get(key) ?? { word: w, terms: 0, demand: 0 };
      r.terms++;
      r.demand += t.searchPopularity ?? 0;
      roots.set(key, r);
    }
  }
  let best: { word: string; terms: number; demand: number } | null = null;
  for (const r of roots.values()) {
    if (!best || r.terms > best.terms || (r.terms === best.terms && r.demand > best.demand)) best = r;
  }
  return best?.word ?? null;
}

const fmt = (n: number | null): string => (n === null ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));

/**
 * A paid-search plan (直通车 / 网销宝, seed method 6) from the keyword table:
 * - 精准词: the core word with an attribute of my product (the given product words; without them, a word the
 *   dictionary classes 属性词), ranked by conversion;
 * - 大词: at most two words and 搜索人气 in the top third, ranked by demand;
 * - 长尾词: three or more words, or 竞争度 in the top third (less competition), ranked by 竞争度;
 * in that order of precedence, each group filled up to its share of the plan's size. Every word carries its
 * reason; terms that fit no group, or did not make the cut, are listed with theirs.
 */
export function buildPaidPlan(terms: readonly KeywordTerm[], segmenter: Segmenter, options: PlanOptions = {}): PaidPlan {
  const shares = normaliseShares(options.shares);
  const size = Math.max(0, Math.floor(options.size ?? Math.min(DEFAULT_PLAN_SIZE, terms.length)));
  const targets = apportion(size, shares);
  const coreWord = options.coreWord?.trim() || chooseCoreWord(terms, segmenter);
  const own = (options.productWords ?? []).map((w) => w.trim()).filter(Boolean);
  const demandEdge = topThirdEdge(terms.flatMap((t) => (t.searchPopularity === null ? [] : [t.searchPopularity])));
  const competitionEdge = topThirdEdge(terms.flatMap((t) => (t.competition === null ? [] : [t.competition])));

  const candidates: Record<PlanGroup, PlanWord[]> = { big: [], longTail: [], precise: [] };
  const left: { term: string; reason: string }[] = [];
  for (const t of terms) {
    const words = termWords(t.term, segmenter);
    const base = {
      term: t.term,
      searchPopularity: t.searchPopularity,
      onlineItems: t.onlineItems,
      competition: t.competition,
      conversionRate: t.conversionRate,
      words,
    };
    const attribute = coreWord && contains(t.term, coreWord) ? findAttribute(t.term, words, coreWord, own) : null;
    if (attribute) {
      const whose = own.length ? '我的商品属性' : '属性词（没填我的商品属性，按词典的属性词）';
      candidates.precise.push({ ...base, group: 'precise', reason: `精准词：核心词“${coreWord}”+ ${whose}“${attribute}”` });
    } else if (words.length <= SHORT_WORDS && demandEdge !== null && t.searchPopularity !== null && t.searchPopularity >= demandEdge) {
      candidates.big.push({
        ...base,
        group: 'big',
        reason: `大词：${words.length} 个词，搜索人气 ${fmt(t.searchPopularity)}（前三分之一）`,
      });
    } else if (words.length >= LONG_TAIL_WORDS) {
      candidates.longTail.push({ ...base, group: 'longTail', reason: `长尾词：${words.length} 个词（${words.join(' + ')}）` });
    } else if (competitionEdge !== null && t.competition !== null && t.competition >= competitionEdge) {
      candidates.longTail.push({
        ...base,
        group: 'longTail',
        reason: `长尾词：竞争度 ${fmt(t.competition)}（前三分之一，竞争小）`,
      });
    } else {
      left.push({ term: t.term, reason: `不进计划：${words.length} 个词的短词，搜索人气不在前三分之一，竞争度也不低` });
    }
  }
  const byDemand = (a: PlanWord, b: PlanWord): number =>
    (b.searchPopularity ?? -1) - (a.searchPopularity ?? -1) || compareText(a.term, b.term);
  candidates.big.sort(byDemand);
  candidates.longTail.sort((a, b) => (b.competition ?? -1) - (a.competition ?? -1) || byDemand(a, b));
  candidates.precise.sort((a, b) => (b.conversionRate ?? -1) - (a.conversionRate ?? -1) || byDemand(a, b));

  const chosen = {} as Record<PlanGroup, PlanWord[]>;
  const short = {} as Record<PlanGroup, number>;
  for (const group of PLAN_GROUPS) {
    chosen[group] = candidates[group].slice(0, targets[group]);
    short[group] = Math.max(0, targets[group] - chosen[group].length);
    for (const w of candidates[group].slice(targets[group])) {
      left.push({ term: w.term, reason: `${PLAN_GROUP_LABELS[group]}候选，排在 ${targets[group]} 个名额之后（可加大计划词数）` });
    }
  }
  return { size, shares, targets, ...chosen, short, left, coreWord };
}

/** The attribute a term adds to the core word: one of my product words, else a word the dictionary classes 属性词. */
function findAttribute(term: string, words: readonly string[], coreWord: string, own: readonly string[]): string | null {
  const isCore = (w: string): boolean => foldLatin(w) === foldLatin(coreWord);
  if (own.length) return own.find((w) => !isCore(w) && contains(term, w)) ?? null;
  return words.find((w) => !isCore(w) && !contains(coreWord, w) && classifyWord(w) === '属性词') ?? null;
}

/** Whether a text holds a word, Latin letters in any case (T恤男纯棉 holds t恤). */
function contains(text: string, word: string): boolean {
  return foldLatin(text).includes(foldLatin(word));
}
