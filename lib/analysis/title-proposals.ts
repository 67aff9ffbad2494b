import { countTitleUnits } from '../text/title-units';
import { isBannedWord } from './banned-words';
import type { TitleScore } from './title-score';
import type { BankWord, WordBank } from './word-bank';

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

/**
 * Whole-title proposals from the word bank, one or more per pattern, each within the unit limit, with
 * the core word, no repeated word and no banned word; ranked by the same scorer as the user's title.
 */
export function proposeTitles(bank: WordBank, score: (title: string) => TitleScore, limit: number, perPattern = 1): Proposal[] {
  const unique = new Map<string, Proposal>();
  for (let variant = 0; variant < Math.max(1, perPattern); variant++) {
    const titles = buildPatternTitles(bank, limit, variant);
    for (const id of Object.keys(PATTERNS) as PatternId[]) {
      const title = titles[id];
      // Two patterns can give the same title on a small bank: keep it once, under the first pattern.
      if (!title || unique.has(title)) continue;
      unique.set(title, { pattern: id, patternLabel: PATTERNS[id], title, units: countTitleUnits(title), score: score(title).score });
    }
  }
  return [...unique.values()].sort((a, b) => b.score - a.score);
}

/**
 * One title per pattern (null when the bank has no core word). `variant` shifts every pick to the next
 * candidate word, for more proposals per pattern.
 */
export function buildPatternTitles(bank: WordBank, limit: number, variant = 0): Record<PatternId, string | null> {
  const core = bank.coreWord;
  const none = Object.fromEntries(Object.keys(PATTERNS).map((id) => [id, null])) as Record<PatternId, string | null>;
  if (!core) return none;
  const phrases = bank.phrases.filter((p) => !isBannedWord(p.phrase));
  // The core word travels with its tight partner when most titles write them together (连帽卫衣女).
  const coreSlot: Slot = phrases.find((p) => p.words.includes(core) && p.share >= 0.5)?.words ?? [core];
  const usable = bank.words.filter(
    (w) => !isBannedWord(w.word) && !coreSlot.includes(w.word) && (w.wordClass !== '其他' || w.share >= 0.2),
  );
  const of = (cls: BankWord['wordClass']): Slot[] => usable.filter((w) => w.wordClass === cls).map((w) => [w.word]);
  const attrs = of('属性词');
  const mods = of('修饰/场景/人群词');
  const mkt = of('营销词');
  const others = of('核心/类目词');
  // Long-tail words: tight phrases without the core word (it has its own slot).
  const longTails: Slot[] = phrases.filter((p) => !p.words.some((w) => coreSlot.includes(w))).map((p) => p.words);
  const fill = usable.map((w) => w.word);
  const pick = (list: Slot[], i: number): Slot | undefined => list[i + variant];
  const seeds: Record<PatternId, (Slot | undefined)[]> = {
    A: [pick(longTails, 0), pick(longTails, 1), pick(longTails, 2), coreSlot, pick(mkt, 0)],
    B: [pick(mkt, 0), pick(mods, 0), pick(attrs, 0), coreSlot],
    C: [pick(mkt, 0), coreSlot, pick(mods, 0), pick(others, 0) ?? pick(attrs, 1)],
    D: [pick(mkt, 0), coreSlot, pick(mods, 0), pick(mods, 1), pick(mods, 2), pick(longTails, 0)],
    E: [pick(mods, 0), coreSlot, pick(attrs, 0), pick(others, 0), pick(mkt, 0)],
    F: [pick(mkt, 0), pick(mods, 0), pick(mods, 1), pick(mods, 2), coreSlot, pick(attrs, 0), pick(attrs, 1)],
    G: [pick(mkt, 0), pick(mods, 0), pick(attrs, 1), pick(attrs, 0), coreSlot],
    H: [coreSlot, pick(attrs, 0), pick(attrs, 1), pick(mods, 0), pick(mkt, 0)],
  };
  const out = { ...none };
  for (const id of Object.keys(PATTERNS) as PatternId[]) {
    const title = composeTitle(seeds[id], fill, limit);
    out[id] = title.includes(core) ? title : null;
  }
  return out;
}

/** One position of a pattern: a word, or the words of a tight phrase that must stay together. */
export type Slot = readonly string[];

/**
 * Joins the pattern's slots in order, skipping gaps and any slot that would repeat a word (or a word
 * contained in one already there, 卫衣 after 连帽卫衣), then fills the remaining room with the bank's
 * next most used words, never passing the limit.
 */
export function composeTitle(slots: readonly (Slot | undefined)[], fill: readonly string[], limit: number): string {
  const used: string[] = [];
  let units = 0;
  const overlaps = (word: string): boolean => used.some((u) => u.includes(word) || word.includes(u));
  const add = (slot: Slot | undefined): void => {
    if (!slot?.length || slot.some(overlaps)) return;
    const cost = countTitleUnits(slot.join(''));
    if (units + cost > limit) return;
    used.push(...slot);
    units += cost;
  };
  slots.forEach(add);
  for (const word of fill) {
    if (units >= limit - 1) break;
    add([word]);
  }
  return used.join('');
}

/** 2–3-word phrase suggestions: tight pairs, and chains of two tight pairs sharing a word. */
export function suggestPhrases(bank: WordBank, max = 12): PhraseSuggestion[] {
  const out: PhraseSuggestion[] = bank.phrases.map((p) => ({ phrase: p.phrase, titles: p.titles }));
  for (const a of bank.phrases) {
    for (const b of bank.phrases) {
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
