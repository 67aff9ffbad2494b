import { foldLatin } from '../text/fold-latin';
import { countTitleUnits, TITLE_UNIT_LIMIT } from '../text/title-units';
import { findBannedWords, type BannedHit } from './banned-words';
import type { Segmenter, Token } from './segment';
import { hasWord, type TightPhrase, type WordBank } from './word-bank';
import { prepareProductClashes, type ProductClashes } from './product-family';

export type ScorePartId = 'length' | 'coverage' | 'core' | 'keywords' | 'repeats' | 'phrases' | 'spaces' | 'original';

export interface ScorePart {
  id: ScorePartId;
  label: string;
  points: number;
  max: number;
}

export interface Deduction {
  part: ScorePartId | 'banned';
  points: number;
  reason: string;
  word?: string;
}

export interface MissingWord {
  word: string;
  titles: number;
  share: number;
  /** "38/60 个标题"; with demand data "38/60 个标题 · 搜索人气 12,345". */
  evidence: string;
  /** With demand data only: Σ 搜索人气 of the search terms containing the word (null: none does). */
  searchPopularity?: number | null;
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
  /**
   * Search-term demand per word (Σ 搜索人气 of the seller's 生意参谋 terms containing it). With it, evidence
   * names demand beside title counts and missing words are suggested by demand × (1 − share of titles);
   * the score itself does not change.
   */
  demand?: ReadonlyMap<string, number>;
}

/** What naming another item's product word beside one's own costs at least (coverage points). */
const STACKED_MIN_COST = 3;
/** A title with a hard banned word never scores above this. */
export const BANNED_CAP = 40;
/** A warning word (context-dependent, domain-rules §3) costs this much. */
export const WARNING_COST = 2;
const EARLY_UNITS = 12;
const NEAR_COPY = 0.8;

/** What every rule may look at: the benchmark (prepared once) and the title (per keystroke). */
export interface RuleInput {
  title: string;
  /** The title with Latin letters folded (same offsets): words are looked up in it in any case (ipad has iPad). */
  folded: string;
  tokens: Token[];
  /** Words of the title in order, punctuation and spaces dropped. */
  words: string[];
  units: number;
  bench: PreparedBenchmark;
  /** The title's product words against the bank's: another item's words, and words stacked beside another item. */
  products: ProductClashes;
}

/** A benchmark reduced to what the rules need, computed once per snapshot. */
export interface PreparedBenchmark {
  bank: WordBank;
  /** A title's product words against the bank's (product-family.ts). */
  clashesOf: (has: (word: string) => boolean) => ProductClashes;
  limit: number;
  titleCount: number;
  /** The bank's top words that count for coverage, and their summed share. */
  top: WordBank['words'];
  topWeight: number;
  meanUnits: number | null;
  phrases: TightPhrase[];
  competitors: { title: string; grams: Set<string> }[];
  /** Demand per word, when the seller's search-term data cover this benchmark; null otherwise. */
  demand: ReadonlyMap<string, number> | null;
  /**
   * The words offered as missing words, in the order they are offered: the top words without demand; with
   * demand also the bank's words some search term contains, ranked by demand × (1 − share of titles).
   */
  suggestions: WordBank['words'];
}

export interface RuleOutcome {
  points: number;
  deductions: Deduction[];
}

/** One part of the score: its maximum, and how a title earns points and loses them (each loss explained). */
export interface TitleRule {
  id: ScorePartId;
  label: string;
  max: number;
  score: (input: RuleInput) => RuleOutcome;
}

/**
 * The title score's parts (DESIGN.md "Title score"), in display order. Their maxima add up to 100; each
 * rule returns its points and the deductions that explain the points it did not give.
 */
export const TITLE_RULES: readonly TitleRule[] = [
  {
    id: 'length',
    label: '长度',
    max: 15,
    // Use the room (10) and be at least as long as the competitors' mean (5).
    score: ({ units, bench: { limit, meanUnits } }) => {
      if (units > limit) return lose(0, 'length', 15, `标题 ${units} 字符，超过上限 ${limit}，平台会拒绝或截断`);
      const fill = Math.min(1, units / (limit - 4));
      const vsMean = meanUnits ? Math.min(1, units / meanUnits) : 1;
      const deductions = [deduction('length', 10 - 10 * fill, `标题 ${units}/${limit} 字符，还有 ${limit - units} 字符可以放关键词`)];
      if (meanUnits) deductions.push(deduction('length', 5 - 5 * vsMean, `比前60个标题平均 ${meanUnits.toFixed(1)} 字符短`));
      return { points: 10 * fill + 5 * vsMean, deductions: deductions.filter(isLoss) };
    },
  },
  {
    id: 'coverage',
    label: '高频词覆盖',
    max: 30,
    // The bank's top words, weighted by how many titles use them; the five heaviest gaps are named.
    // One item per title (product-family.ts). Another item's product words are not asked for; a title that names
    // only its own item is judged without them, while one that stacks another item's word beside it gets nothing for
    // that word and loses it again, so adding another item never raises the score.
    score: ({ title, folded, words, products: { apart, stacked }, bench }) => {
      const { titleCount, demand } = bench;
      const asked = apart.size ? bench.top.filter((w) => !apart.has(w.word)) : bench.top;
      const relieved = stacked.length === 0;
      const top = relieved ? asked : bench.top;
      const topWeight = relieved && apart.size ? top.reduce((s, w) => s + w.share, 0) : bench.topWeight;
      if (!topWeight) return { points: 30, deductions: [] };
      const extra = new Set(stacked.map((s) => s.word));
      const missing = findMissingWords(title, asked, titleCount, words);
      const covered = top.filter((w) => !extra.has(w.word) && hasWord(folded, words, w.word)).reduce((s, w) => s + w.share, 0);
      const deductions = missing
        .slice(0, 5)
        .map((m) =>
          deduction(
            'coverage',
            (30 * m.share) / topWeight,
            `缺少高频词“${m.word}”（${m.evidence}使用${demand ? ` · ${demandEvidence(demand.get(m.word) ?? null)}` : ''}）`,
            m.word,
          ),
        );
      let stackCost = 0;
      for (const s of stacked) {
        const share = bench.bank.words.find((w) => w.word === s.word)?.share ?? 0;
        const cost = Math.max(STACKED_MIN_COST, (30 * share) / topWeight);
        stackCost += cost;
        deductions.push(
          deduction('coverage', cost, `关键词堆砌：“${s.word}”和“${s.with}”在竞品标题里很少写在一起，一个标题只写一种商品`, s.word),
        );
      }
      return { points: Math.max(0, (30 * covered) / topWeight - stackCost), deductions: deductions.filter(isLoss) };
    },
  },
  {
    id: 'core',
    label: '核心词',
    max: 15,
    // Present (10) and early (5): the category word goes to the front.
    score: ({ title, folded, bench: { bank, titleCount } }) => {
      const core = bank.coreWord;
      if (!core) return { points: 15, deductions: [] };
      // Folding keeps offsets, so `at` is the core's place in the title as written.
      const at = folded.indexOf(foldLatin(core));
      if (at < 0) {
        const used = bank.words.find((w) => foldLatin(w.word) === foldLatin(core))?.titles ?? 0;
        return lose(0, 'core', 15, `缺少核心词“${core}”（${used}/${titleCount} 个标题使用）`, core);
      }
      const before = countTitleUnits(title.slice(0, at));
      if (before <= EARLY_UNITS) return { points: 15, deductions: [] };
      return lose(10, 'core', 5, `核心词“${core}”位置靠后（从第 ${before + 1} 字符开始），建议放进前 ${EARLY_UNITS} 字符`, core);
    },
  },
  {
    id: 'keywords',
    label: '关键词数量',
    max: 10,
    // A good title yields about five keywords to the search engine (seed §2).
    score: ({ words }) => {
      const distinct = new Set(words.filter((w) => w.length > 1 || /\p{Script=Han}/u.test(w)).map(foldLatin)).size;
      const points = (10 * Math.min(5, distinct)) / 5;
      if (distinct >= 5) return { points, deductions: [] };
      return lose(points, 'keywords', 10 - points, `只拆出 ${distinct} 个关键词，好标题通常有 5 个以上`);
    },
  },
  {
    id: 'repeats',
    label: '不重复',
    max: 10,
    // Repeats add no weight, take room and count as stacking: 5 per repeated word.
    score: ({ words }) => {
      // T恤 and t恤 in one title are one word written twice; it is named as the title first writes it.
      const counts = new Map<string, { word: string; count: number }>();
      for (const w of words) {
        if (w.length < 2) continue;
        const key = foldLatin(w);
        const entry = counts.get(key) ?? { word: w, count: 0 };
        entry.count++;
        counts.set(key, entry);
      }
      let points = 10;
      const deductions: Deduction[] = [];
      for (const { word: w, count: c } of counts.values()) {
        if (c < 2 || points <= 0) continue;
        const loss = Math.min(5, points);
        points -= loss;
        deductions.push(deduction('repeats', loss, `“${w}”重复 ${c} 次，重复不加权重还占位置`, w));
      }
      return { points, deductions };
    },
  },
  {
    id: 'phrases',
    label: '紧密词完整',
    max: 10,
    // Tight phrases (紧密词) kept whole: 5 per phrase whose words are both there but apart.
    score: ({ folded, words, bench: { phrases, titleCount } }) => {
      let points = 10;
      const deductions: Deduction[] = [];
      for (const p of phrases) {
        if (points <= 0) break;
        if (hasWord(folded, words, p.phrase) || !hasWord(folded, words, p.words[0]) || !hasWord(folded, words, p.words[1])) continue;
        points -= 5;
        deductions.push(
          deduction('phrases', 5, `紧密词“${p.phrase}”被拆开了（${p.titles}/${titleCount} 个标题连写），连在一起匹配更好`, p.phrase),
        );
      }
      return { points, deductions };
    },
  },
  {
    id: 'spaces',
    label: '空格',
    max: 5,
    // At most one space (seed §2); every extra one costs 2. A space between two Latin or digit words is no padding
    // but part of them (New Balance 574, ice cream): it is not counted.
    score: ({ folded }) => {
      const spaces = countPaddingSpaces(folded);
      const points = Math.max(0, 5 - 2 * Math.max(0, spaces - 1));
      if (spaces <= 1) return { points, deductions: [] };
      return lose(points, 'spaces', 5 - points, `用了 ${spaces} 个空格，空格也占字符，最多用一个`);
    },
  },
  {
    id: 'original',
    label: '不照抄',
    max: 5,
    // Not a near-copy of a competitor title (bigram Dice ≥ 0.8).
    score: ({ title, bench: { competitors } }) => {
      const grams = bigrams(title);
      let closest = { title: '', similarity: 0 };
      for (const c of competitors) {
        const similarity = dice(grams, c.grams);
        if (similarity > closest.similarity) closest = { title: c.title, similarity };
      }
      if (closest.similarity < NEAR_COPY) return { points: 5, deductions: [] };
      return lose(0, 'original', 5, `和竞品标题“${closest.title}”相似度 ${(closest.similarity * 100).toFixed(0)}%，几乎照抄`);
    },
  },
];

/** Spaces in a (folded) title, less those that keep two Latin or digit words apart (New Balance 574). */
function countPaddingSpaces(folded: string): number {
  let count = 0;
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] !== ' ' && folded[i] !== '\u3000') continue;
    if (!(LATIN_OR_DIGIT.test(folded[i - 1] ?? '') && LATIN_OR_DIGIT.test(folded[i + 1] ?? ''))) count++;
  }
  return count;
}

const LATIN_OR_DIGIT = /[a-z0-9]/;

/**
 * A single character that only modifies the word after it (小 of 小鱼干, 厚, 黑, 新): a word of the bank, but no
 * search word on its own, so it is neither counted for coverage nor offered as missing. Audiences, seasons and
 * product heads that stand alone (女, 夏, 包) are.
 */
function isLoneModifier(w: WordBank['words'][number]): boolean {
  return [...w.word].length === 1 && (w.wordClass === '属性词' || w.wordClass === '营销词');
}

/** Reduces a benchmark (word bank + competitor titles) to what the rules need. */
export function prepareBenchmark(bank: WordBank, competitorTitles: readonly string[], options: ScorerOptions = {}): PreparedBenchmark {
  const counted = (w: WordBank['words'][number]): boolean =>
    w.titles >= (options.minTitles ?? 2) && w.wordClass !== '数字/型号' && !w.otherBrand && !isLoneModifier(w);
  const top = bank.words.filter(counted).slice(0, options.topWords ?? 20);
  const demand = options.demand?.size ? options.demand : null;
  return {
    demand,
    suggestions: demand
      ? suggestByDemand(
          top,
          bank.words.filter((w) => counted(w) && (demand.get(w.word) ?? 0) > 0),
          demand,
          bank.titleCount,
        )
      : top,
    bank,
    clashesOf: prepareProductClashes(bank),
    limit: options.limit ?? TITLE_UNIT_LIMIT.taobao,
    titleCount: Math.max(1, bank.titleCount),
    top,
    topWeight: top.reduce((s, w) => s + w.share, 0),
    meanUnits: competitorTitles.length ? competitorTitles.reduce((s, t) => s + countTitleUnits(t), 0) / competitorTitles.length : null,
    // Modifier + core pairs (秋季连帽卫衣, 新款连帽卫衣) compete for the place next to the core word: only
    // its dominant partner (written together in most titles) must stay attached.
    phrases: bank.phrases.filter(
      (p) => !bank.coreWord || !p.words.some((w) => foldLatin(w) === foldLatin(bank.coreWord!)) || p.share >= 0.5,
    ),
    competitors: competitorTitles.map((t) => ({ title: t, grams: bigrams(t) })),
  };
}

/**
 * Prepares a scorer for one benchmark so that re-scoring on every keystroke only segments the new title.
 * Every deduction names the word and the reason.
 */
export function prepareTitleScorer(
  bank: WordBank,
  competitorTitles: readonly string[],
  segmenter: Segmenter,
  options: ScorerOptions = {},
): (title: string) => TitleScore {
  const bench = prepareBenchmark(bank, competitorTitles, options);
  return (title) => scoreTitle(title, bench, segmenter);
}

/** What the rules look at for one title: its tokens and words, length and folded form, and the benchmark. */
export function readRuleInput(title: string, bench: PreparedBenchmark, segmenter: Segmenter): RuleInput {
  const tokens = segmenter.tokens(title);
  const folded = foldLatin(title);
  const words = tokens.map((t) => t.word).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return {
    title,
    folded,
    tokens,
    words,
    units: countTitleUnits(title),
    bench,
    products: bench.clashesOf((word) => hasWord(folded, words, word)),
  };
}

/** Scores one title against a prepared benchmark by every rule, then applies the banned-word cap. */
export function scoreTitle(title: string, bench: PreparedBenchmark, segmenter: Segmenter): TitleScore {
  const input = readRuleInput(title, bench, segmenter);
  const tokens = input.tokens;
  const deductions: Deduction[] = [];
  const parts = TITLE_RULES.map((rule): ScorePart => {
    const outcome = rule.score(input);
    deductions.push(...outcome.deductions.map((d) => ({ ...d, points: round1(d.points) })));
    return { id: rule.id, label: rule.label, points: round1(outcome.points), max: rule.max };
  });

  const banned = findBannedWords(title, tokens);
  let score = parts.reduce((s, p) => s + p.points, 0);
  for (const hit of banned.filter((h) => h.severity === 'warning')) {
    score -= WARNING_COST;
    deductions.push({ part: 'banned', points: WARNING_COST, reason: `慎用“${hit.word}”：${hit.reason}`, word: hit.word });
  }
  const errors = banned.filter((h) => h.severity === 'error');
  for (const hit of errors) {
    deductions.push({ part: 'banned', points: 0, reason: `违禁词“${hit.word}”（${hit.categoryName}）：${hit.reason}`, word: hit.word });
  }
  const capped = errors.length > 0 && score > BANNED_CAP;
  if (errors.length) score = Math.min(score, BANNED_CAP);
  return {
    score: Math.max(0, Math.round(score)),
    units: input.units,
    limit: bench.limit,
    words: input.words,
    parts,
    deductions,
    banned,
    missing: findMissingWords(
      title,
      input.products.apart.size ? bench.suggestions.filter((w) => !input.products.apart.has(w.word)) : bench.suggestions,
      bench.titleCount,
      input.words,
      bench.demand,
    ),
    capped,
  };
}

/** "搜索人气 12,345", or "搜索人气 —" for a word none of the search terms contains. */
export function demandEvidence(searchPopularity: number | null): string {
  return `搜索人气 ${searchPopularity === null ? '—' : Math.round(searchPopularity).toLocaleString('en-US')}`;
}

/**
 * The words to suggest when demand is known: the top words and the words with demand, by demand × (1 − share
 * of titles) (seed method 2: high search heat, few competitors), then by titles; words without demand last.
 */
function suggestByDemand(
  top: WordBank['words'],
  withDemand: WordBank['words'],
  demand: ReadonlyMap<string, number>,
  titleCount: number,
): WordBank['words'] {
  const n = Math.max(1, titleCount);
  const weight = (w: WordBank['words'][number]): number => (demand.get(w.word) ?? 0) * (1 - w.titles / n);
  const seen = new Set<string>();
  return [...top, ...withDemand]
    .filter((w) => !seen.has(w.word) && seen.add(w.word))
    .sort((a, b) => weight(b) - weight(a) || b.titles - a.titles);
}

/**
 * The given words the title does not contain, in the order given, with their evidence ("38/60 个标题"; with
 * demand "38/60 个标题 · 搜索人气 12,345").
 */
export function findMissingWords(
  title: string,
  top: WordBank['words'],
  titleCount: number,
  words: readonly string[] = [],
  demand: ReadonlyMap<string, number> | null = null,
): MissingWord[] {
  const folded = foldLatin(title);
  return top
    .filter((w) => !hasWord(folded, words, w.word))
    .map((w) => {
      const evidence = `${w.titles}/${titleCount} 个标题`;
      if (!demand) return { word: w.word, titles: w.titles, share: w.share, evidence };
      const searchPopularity = demand.get(w.word) ?? null;
      return {
        word: w.word,
        titles: w.titles,
        share: w.share,
        evidence: `${evidence} · ${demandEvidence(searchPopularity)}`,
        searchPopularity,
      };
    });
}

function deduction(part: ScorePartId, points: number, reason: string, word?: string): Deduction {
  return { part, points, reason, ...(word ? { word } : {}) };
}

function lose(points: number, part: ScorePartId, lost: number, reason: string, word?: string): RuleOutcome {
  return { points, deductions: [deduction(part, lost, reason, word)] };
}

/** Deductions below a tenth of a point say nothing to the user. */
function isLoss(d: Deduction): boolean {
  return round1(d.points) > 0;
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
