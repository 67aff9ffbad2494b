import { foldLatin } from '../text/fold-latin';
import { countTitleUnits } from '../text/title-units';
import { isBannedWord } from './banned-words';
import { isFragment } from './segment';
import type { TitleScore } from './title-score';
import type { BankWord, WordBank } from './word-bank';
import { chooseProductFamily } from './product-family';
import { writeKeywordAsTitle } from '../text/write-keyword';

/** The seed's combination patterns (seeds/README.md §3), A–H. */
export const PATTERNS = {
  A: '长尾词 + 长尾词 + 长尾词 + 营销词',
  B: '营销词 + 意向词 + 属性词 + 主关键词',
  C: '营销词 + 主关键词 + 修饰词 + 次关键词',
  D: '营销词 + 主关键词 + 多个修饰词 + 长尾词',
  E: '修饰词+关键词、修饰词+关键词、意向或营销词',
  F: '兄弟写法：相近的修饰词并列',
  G: '上楼梯：修饰逐级叠加到核心词（由宽到窄）',
  H: '下楼梯：核心词在前，逐级细化（由窄到宽的反向）',
} as const;
export type PatternId = keyof typeof PATTERNS;

export interface Proposal {
  pattern: PatternId;
  patternLabel: string;
  title: string;
  units: number;
  score: number;
}

export interface PhraseSuggestion {
  phrase: string;
  titles: number;
}

export interface ProposalOptions {
  /** The search keyword: written intact and early in every proposal (else the bank's core word is). */
  keyword?: string | null;
  /** The seller's own brand words: the only brands a proposal may carry (domain-rules.md §2: one brand, one's own). */
  brands?: readonly string[];
  /** Variants per pattern (each shifts every pick to the next candidate word). */
  perPattern?: number;
  /** Keep adding variants until at least this many distinct proposals exist (or the bank runs out). */
  atLeast?: number;
  /** The keyword's own words as the segmenter cuts it (补水, 面膜 of 补水面膜): no other word may repeat them. */
  coreWords?: readonly string[];
  /** Orders proposals of equal score (higher first): with demand data, how much demand a title carries and how early. */
  preference?: (title: string) => number;
}

/** Words before the keyword must fit here, so that it is early (the scorer's "core word early" rule). */
const EARLY_UNITS = 12;
/** Variants tried at most when looking for `atLeast` proposals. */
const MAX_VARIANTS = 6;

/**
 * Whole-title proposals from the word bank, per pattern, each within the unit limit, with the keyword intact
 * and early, every word once, no fragment, no banned word, no other brand; ranked by the same scorer as the
 * user's title.
 */
export function proposeTitles(
  bank: WordBank,
  score: (title: string) => TitleScore,
  limit: number,
  options: ProposalOptions = {},
): Proposal[] {
  const unique = new Map<string, Proposal>();
  const perPattern = Math.max(1, options.perPattern ?? 1);
  const atLeast = options.atLeast ?? 0;
  for (let variant = 0; variant < MAX_VARIANTS && (variant < perPattern || unique.size < atLeast); variant++) {
    const titles = buildPatternTitles(bank, limit, variant, options);
    for (const id of Object.keys(PATTERNS) as PatternId[]) {
      const title = titles[id];
      // Two patterns can give the same title on a small bank: keep it once, under the first pattern.
      if (!title || unique.has(title)) continue;
      const scored = score(title);
      // The scorer's own segmentation has the last word: a repeat or a fragment means the title reads badly.
      if (new Set(scored.words.map(foldLatin)).size !== scored.words.length || scored.words.some(isFragment)) continue;
      unique.set(title, { pattern: id, patternLabel: PATTERNS[id], title, units: countTitleUnits(title), score: scored.score });
    }
  }
  const preference = options.preference;
  const byScore = (a: Proposal, b: Proposal): number => b.score - a.score;
  if (!preference) return [...unique.values()].sort(byScore);
  const pref = new Map([...unique.keys()].map((t) => [t, preference(t)]));
  return [...unique.values()].sort((a, b) => byScore(a, b) || pref.get(b.title)! - pref.get(a.title)!);
}

/**
 * One title per pattern (null when there is neither a keyword nor a core word). `variant` shifts every pick
 * to the next candidate word, for more proposals per pattern.
 */
export function buildPatternTitles(
  bank: WordBank,
  limit: number,
  variant = 0,
  options: Pick<ProposalOptions, 'keyword' | 'brands' | 'coreWords'> = {},
): Record<PatternId, string | null> {
  const none = Object.fromEntries(Object.keys(PATTERNS).map((id) => [id, null])) as Record<PatternId, string | null>;
  const keyword = options.keyword ? writeKeywordAsTitle(options.keyword) || null : null;
  const core = keyword ?? bank.coreWord;
  if (!core) return none;
  // The user's brands in any case: the bank shows a word as most titles write it (Nike for 设置's NIKE).
  const ownBrands = new Set((options.brands ?? []).map(foldLatin));
  const phrases = bank.phrases.filter((p) => !isBannedWord(p.phrase));
  // The core travels with its tight partner when most titles write them together (连帽卫衣女); a keyword is
  // written as the shopper typed it.
  const coreSlot: Slot = keyword ? [keyword] : (phrases.find((p) => p.words.includes(core) && p.share >= 0.5)?.words ?? [core]);
  // Each word once: nothing that repeats the core or one of its words (面膜贴 beside 补水面膜).
  const coreParts = [...coreSlot, ...(options.coreWords ?? [])].filter((c) => [...c].length > 1);
  const candidates = bank.words.filter((w) => isProposalWord(w, ownBrands) && !coreParts.some((c) => overlap(c, w.word)));
  // One item: product words that competitors write in one title with the core and with each other.
  const products = chooseProductFamily(bank, candidates, coreParts);
  const usable = candidates.filter((w) => w.wordClass !== '核心/类目词' || products.has(w.word));
  const usableWords = new Set(usable.map((w) => w.word));
  const of = (cls: BankWord['wordClass']): Slot[] => usable.filter((w) => w.wordClass === cls).map((w) => [w.word]);
  const attrs = of('属性词');
  const mods = of('修饰/场景/人群词');
  const mkt = of('营销词');
  const others = of('核心/类目词');
  // Long-tail words: tight phrases of usable words without the core (it has its own slot).
  const longTails: Slot[] = phrases.filter((p) => p.words.every((w) => usableWords.has(w))).map((p) => p.words);
  const fill = usable.filter((w) => w.wordClass !== '其他' || w.share >= 0.15);
  const pick = (list: Slot[], i: number): Slot | undefined => list[i + variant];
  // [before the core, after the core], each in the pattern's order.
  const seeds: Record<PatternId, [(Slot | undefined)[], (Slot | undefined)[]]> = {
    A: [
      [pick(longTails, 0), pick(longTails, 1)],
      [pick(longTails, 2), pick(mkt, 0)],
    ],
    B: [[pick(mkt, 0), pick(mods, 0), pick(attrs, 0)], []],
    C: [[pick(mkt, 0)], [pick(mods, 0), pick(others, 0) ?? pick(attrs, 1)]],
    D: [[pick(mkt, 0)], [pick(mods, 0), pick(mods, 1), pick(mods, 2), pick(longTails, 0)]],
    E: [[pick(mods, 0)], [pick(attrs, 0), pick(others, 0), pick(mkt, 0)]],
    F: [
      [pick(mkt, 0), pick(mods, 0), pick(mods, 1)],
      [pick(attrs, 0), pick(attrs, 1)],
    ],
    G: [[pick(mods, 0), pick(attrs, 1), pick(attrs, 0)], []],
    H: [[], [pick(attrs, 0), pick(attrs, 1), pick(mods, 0), pick(mkt, 0)]],
  };
  const out = { ...none };
  for (const id of Object.keys(PATTERNS) as PatternId[]) {
    const [before, after] = seeds[id];
    const title = composeTitle([...fitBefore(before), coreSlot, ...after], fill, limit);
    out[id] = title.includes(coreSlot.join('')) ? title : null;
  }
  return out;
}

/**
 * Words a proposal may use: not banned, not a number or model code, not somebody else's brand, not a
 * fragment or a single character, not a Latin word the dictionary does not know (those are mostly other
 * brands and models: oppo, Matepad).
 */
function isProposalWord(w: BankWord, ownBrands: ReadonlySet<string>): boolean {
  if (isBannedWord(w.word) || w.wordClass === '数字/型号' || w.otherBrand) return false;
  if (w.wordClass === '品牌词' && !ownBrands.has(foldLatin(w.word))) return false;
  if ([...w.word].length < 2) return false;
  return /\p{Script=Han}/u.test(w.word) || w.wordClass !== '其他';
}

/** Keeps the slots nearest the core that fit in the early room, so the keyword stays early. */
function fitBefore(slots: readonly (Slot | undefined)[]): (Slot | undefined)[] {
  const kept: Slot[] = [];
  let units = 0;
  for (const slot of [...slots].reverse()) {
    if (!slot?.length) continue;
    const cost = countTitleUnits(slot.join(''));
    if (units + cost > EARLY_UNITS) break;
    kept.unshift(slot);
    units += cost;
  }
  return kept;
}

/** One position of a pattern: a word, or the words of a tight phrase that must stay together. */
export type Slot = readonly string[];

/**
 * Joins the pattern's slots in order, skipping gaps and any slot that would repeat a word (or a word
 * contained in one already there, 卫衣 after 连帽卫衣), then fills the remaining room with the bank's most
 * used words, never passing the limit. The fill words follow in the order competitors write them (their mean
 * position), so the tail reads like a title, not like a frequency list.
 */
export function composeTitle(slots: readonly (Slot | undefined)[], fill: readonly FillWord[], limit: number): string {
  const used: string[] = [];
  let units = 0;
  const overlaps = (word: string): boolean => used.some((u) => overlap(u, word));
  const fits = (slot: Slot): boolean => !slot.some(overlaps) && units + countTitleUnits(slot.join('')) <= limit;
  for (const slot of slots) {
    if (!slot?.length || !fits(slot)) continue;
    used.push(...slot);
    units += countTitleUnits(slot.join(''));
  }
  const tail: FillWord[] = [];
  for (const word of fill) {
    if (units >= limit - 1) break;
    if (!fits([word.word]) || tail.some((t) => overlap(t.word, word.word))) continue;
    tail.push(word);
    units += countTitleUnits(word.word);
  }
  tail.sort((a, b) => a.meanPosition - b.meanPosition);
  return [...used, ...tail.map((t) => t.word)].join('');
}

/** Whether one word contains the other, Latin letters in any case (t恤男 and 短袖T恤 share T恤). */
function overlap(a: string, b: string): boolean {
  const [x, y] = [foldLatin(a), foldLatin(b)];
  return x.includes(y) || y.includes(x);
}

/** A word to fill the room with, and where competitors usually write it. */
export interface FillWord {
  word: string;
  meanPosition: number;
}

/** 2–3-word phrase suggestions: tight pairs, and chains of two tight pairs sharing a word. */
export function suggestPhrases(bank: WordBank, max = 12): PhraseSuggestion[] {
  // A phrase with a competitor's brand in it is not one to add.
  const brandWords = new Set(bank.words.filter((w) => w.otherBrand).map((w) => w.word));
  const phrases = bank.phrases.filter((p) => !p.words.some((w) => brandWords.has(w)));
  const out: PhraseSuggestion[] = phrases.map((p) => ({ phrase: p.phrase, titles: p.titles }));
  for (const a of phrases) {
    for (const b of phrases) {
      if (a === b || a.words[1] !== b.words[0]) continue;
      out.push({ phrase: a.words[0] + a.words[1] + b.words[1], titles: Math.min(a.titles, b.titles) });
    }
  }
  const seen = new Set<string>();
  return out
    .filter((p) => !isBannedWord(p.phrase) && !seen.has(p.phrase) && seen.add(p.phrase))
    .sort((x, y) => y.titles - x.titles)
    .slice(0, max);
}
