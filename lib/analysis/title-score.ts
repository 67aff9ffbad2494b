import { countTitleUnits } from '../text/title-units';
import { findBannedWords, type BannedHit } from './banned-words';
import type { Segmenter } from './segment';
import type { WordBank } from './word-bank';

export interface ScorePart {
  id: 'length' | 'coverage' | 'core' | 'keywords' | 'repeats' | 'phrases' | 'spaces' | 'original';
  label: string;
  points: number;
  max: number;
}

export interface Deduction {
  part: ScorePart['id'] | 'banned';
  points: number;
  reason: string;
  word?: string;
}

export interface MissingWord {
  word: string;
  titles: number;
  share: number;
  /** "38/60 个标题" */
  evidence: string;
}

export interface TitleScore {
  score: number;
  units: number;
  limit: number;
  words: string[];
  parts: ScorePart[];
  deductions: Deduction[];
  banned: BannedHit[];
  missing: MissingWord[];
  /** True when a banned word capped the score. */
  capped: boolean;
}

export interface ScorerOptions {
  /** Title limit in units (60 on Taobao/Tmall; 1688 configurable). */
  limit?: number;
  /** How many of the bank's top words count for coverage. */
  topWords?: number;
  /** A word counts for coverage when at least this many titles use it (default 2; 1 for a single competitor). */
  minTitles?: number;
}

/** A title with a hard banned word never scores above this. */
export const BANNED_CAP = 40;
const EARLY_UNITS = 12;
const NEAR_COPY = 0.8;

/**
 * Prepares a scorer for one benchmark (word bank + competitor titles) so that re-scoring on every
 * keystroke only segments the new title. Every deduction names the word and the reason.
 */
export function prepareTitleScorer(
  bank: WordBank,
  competitorTitles: readonly string[],
  segmenter: Segmenter,
  options: ScorerOptions = {},
): (title: string) => TitleScore {
  const limit = options.limit ?? 60;
  const n = Math.max(1, bank.titleCount);
  const top = bank.words
    .filter((w) => w.titles >= (options.minTitles ?? 2) && w.wordClass !== '数字/型号')
    .slice(0, options.topWords ?? 20);
  const topWeight = top.reduce((s, w) => s + w.share, 0);
  const meanUnits = competitorTitles.length ? competitorTitles.reduce((s, t) => s + countTitleUnits(t), 0) / competitorTitles.length : null;
  const competitorBigrams = competitorTitles.map((t) => ({ title: t, grams: bigrams(t) }));
  // Modifier + core pairs (秋季连帽卫衣, 新款连帽卫衣) compete for the place next to the core word: only
  // its dominant partner (written together in most titles) must stay attached.
  const checkedPhrases = bank.phrases.filter((p) => !bank.coreWord || !p.words.includes(bank.coreWord) || p.share >= 0.5);

  return (title: string): TitleScore => {
    const tokens = segmenter.tokens(title);
    const words = tokens.map((t) => t.word).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const units = countTitleUnits(title);
    const deductions: Deduction[] = [];
    const deduct = (part: Deduction['part'], points: number, reason: string, word?: string): void => {
      if (points > 0) deductions.push({ part, points: round1(points), reason, ...(word ? { word } : {}) });
    };

    // 1. Length: use the room (10) and be at least as long as the competitors' mean (5).
    let lengthPoints = 0;
    if (units > limit) {
      deduct('length', 15, `标题 ${units} 字符，超过上限 ${limit}，平台会拒绝或截断`);
    } else {
      const fill = Math.min(1, units / (limit - 4));
      lengthPoints += 10 * fill;
      deduct('length', 10 - 10 * fill, `标题 ${units}/${limit} 字符，还有 ${limit - units} 字符可以放关键词`);
      const vsMean = meanUnits ? Math.min(1, units / meanUnits) : 1;
      lengthPoints += 5 * vsMean;
      if (meanUnits) deduct('length', 5 - 5 * vsMean, `比前60个标题平均 ${meanUnits.toFixed(1)} 字符短`);
    }

    // 2. Coverage of the bank's top words, weighted by how many titles use them.
    const missing: MissingWord[] = [];
    let covered = 0;
    for (const w of top) {
      if (title.includes(w.word)) covered += w.share;
      else missing.push({ word: w.word, titles: w.titles, share: w.share, evidence: `${w.titles}/${n} 个标题` });
    }
    const coveragePoints = topWeight ? (30 * covered) / topWeight : 30;
    for (const m of missing.slice(0, 5))
      deduct('coverage', (30 * m.share) / topWeight, `缺少高频词“${m.word}”（${m.evidence}使用）`, m.word);

    // 3. Core word present (10) and early (5).
    let corePoints = 15;
    if (bank.coreWord) {
      const at = title.indexOf(bank.coreWord);
      const coreStat = bank.words.find((w) => w.word === bank.coreWord);
      if (at < 0) {
        corePoints = 0;
        deduct('core', 15, `缺少核心词“${bank.coreWord}”（${coreStat?.titles ?? 0}/${n} 个标题使用）`, bank.coreWord);
      } else if (countTitleUnits(title.slice(0, at)) > EARLY_UNITS) {
        corePoints = 10;
        deduct(
          'core',
          5,
          `核心词“${bank.coreWord}”位置靠后（从第 ${countTitleUnits(title.slice(0, at)) + 1} 字符开始），建议放进前 ${EARLY_UNITS} 字符`,
          bank.coreWord,
        );
      }
    }

    // 4. At least five distinct keywords: a good title yields about five to the search engine.
    const distinct = new Set(words.filter((w) => w.length > 1 || /\p{Script=Han}/u.test(w)));
    const keywordPoints = (10 * Math.min(5, distinct.size)) / 5;
    if (distinct.size < 5) deduct('keywords', 10 - keywordPoints, `只拆出 ${distinct.size} 个关键词，好标题通常有 5 个以上`);

    // 5. Repeated words waste room and count as stacking.
    const counts = new Map<string, number>();
    for (const w of words) if (w.length > 1) counts.set(w, (counts.get(w) ?? 0) + 1);
    let repeatPoints = 10;
    for (const [w, c] of counts) {
      if (c < 2) continue;
      const loss = Math.min(5, repeatPoints);
      repeatPoints -= loss;
      deduct('repeats', loss, `“${w}”重复 ${c} 次，重复不加权重还占位置`, w);
    }

    // 6. Tight phrases (紧密词) kept whole.
    let phrasePoints = 10;
    for (const p of checkedPhrases) {
      if (phrasePoints <= 0) break;
      if (title.includes(p.phrase) || !title.includes(p.words[0]) || !title.includes(p.words[1])) continue;
      phrasePoints -= 5;
      deduct('phrases', 5, `紧密词“${p.phrase}”被拆开了（${p.titles}/${n} 个标题连写），连在一起匹配更好`, p.phrase);
    }

    // 7. Spaces: at most one.
    const spaces = (title.match(/[ \u3000]/g) ?? []).length;
    const spacePoints = Math.max(0, 5 - 2 * Math.max(0, spaces - 1));
    if (spaces > 1) deduct('spaces', 5 - spacePoints, `用了 ${spaces} 个空格，空格也占字符，最多用一个`);

    // 8. Not a near-copy of a competitor.
    let originalPoints = 5;
    const grams = bigrams(title);
    let closest = { title: '', similarity: 0 };
    for (const c of competitorBigrams) {
      const s = dice(grams, c.grams);
      if (s > closest.similarity) closest = { title: c.title, similarity: s };
    }
    if (closest.similarity >= NEAR_COPY) {
      originalPoints = 0;
      deduct('original', 5, `和竞品标题“${closest.title}”相似度 ${(closest.similarity * 100).toFixed(0)}%，几乎照抄`);
    }

    const parts: ScorePart[] = [
      { id: 'length', label: '长度', points: lengthPoints, max: 15 },
      { id: 'coverage', label: '高频词覆盖', points: coveragePoints, max: 30 },
      { id: 'core', label: '核心词', points: corePoints, max: 15 },
      { id: 'keywords', label: '关键词数量', points: keywordPoints, max: 10 },
      { id: 'repeats', label: '不重复', points: repeatPoints, max: 10 },
      { id: 'phrases', label: '紧密词完整', points: phrasePoints, max: 10 },
      { id: 'spaces', label: '空格', points: spacePoints, max: 5 },
      { id: 'original', label: '不照抄', points: originalPoints, max: 5 },
    ].map((p) => ({ ...p, points: round1(p.points) })) as ScorePart[];

    const banned = findBannedWords(title, tokens);
    let score = parts.reduce((s, p) => s + p.points, 0);
    for (const hit of banned.filter((h) => h.severity === 'warning')) {
      score -= 2;
      deduct('banned', 2, `慎用“${hit.word}”：${hit.reason}`, hit.word);
    }
    const errors = banned.filter((h) => h.severity === 'error');
    for (const hit of errors)
      deductions.push({ part: 'banned', points: 0, reason: `违禁词“${hit.word}”（${hit.categoryName}）：${hit.reason}`, word: hit.word });
    const capped = errors.length > 0 && score > BANNED_CAP;
    if (errors.length) score = Math.min(score, BANNED_CAP);
    return { score: Math.max(0, Math.round(score)), units, limit, words, parts, deductions, banned, missing, capped };
  };
}

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/\s+/g, '')];
  const out = new Set<string>();
  for (let i = 0; i < chars.length - 1; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dice coefficient of two bigram sets: 1 = same, 0 = nothing shared. */
function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
