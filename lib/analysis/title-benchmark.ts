import type { Platform } from '../model/page';
import type { Settings } from '../model/settings';
import { TITLE_UNIT_LIMIT } from '../text/title-units';
import { discoverWords } from './discover-words';
import { brandsOfStores, sameBrand } from './shop-brands';
import { demandCarried, demandForBank, rankByDemand, withDemand, type DemandTerm } from './keywords/title-demand';
import type { Segmenter } from './segment';
import { prepareBenchmark, scoreTitle, type TitleScore } from './title-score';
import { proposeTitles, suggestPhrases, type PhraseSuggestion, type Proposal } from './title-proposals';
import { buildWordBank, type BankTitle, type WordBank } from './word-bank';

/** The settings the title analysis depends on. */
export type TitleSettings = Pick<Settings, 'titleUnitLimit1688' | 'userWords' | 'brandWords'> & Partial<Pick<Settings, 'myShopNames'>>;

/** What a title is compared with: a snapshot's top 60 (with its search keyword), or a single competitor's title. */
export interface TitleBenchmarkSource {
  platform: Platform;
  keyword: string | null;
  titles: readonly BankTitle[];
}

/** Everything that depends on the benchmark only: computed once, then each title is scored against it. */
export interface TitleBenchmark {
  limit: number;
  bank: WordBank;
  /** Whole-title proposals (patterns A–H), best first. */
  readonly proposals: Proposal[];
  /** The proposals that score at least as well as this title (all of them for an empty title). */
  proposalsFor: (title: string) => Proposal[];
  /**
   * Words learned from the competitors' own titles that kept something whole the dictionary would have cut
   * (shown to the user; candidates that changed no title are left out).
   */
  readonly learnedWords: string[];
  /** Competitors' brands named by their brand stores: kept whole, never suggested or proposed. */
  storeBrands: string[];
  /** 2–3-word phrases competitors keep together. */
  readonly phrases: PhraseSuggestion[];
  /** Scores a title: parts, deductions, banned words, missing words. Cheap enough for every keystroke. */
  score: (title: string) => TitleScore;
  /**
   * The seller's search-term demand this benchmark uses (terms about its product), or null: without it every
   * part of the analysis is what it is without demand data.
   */
  demand: { terms: number } | null;
}

/** Proposals per pattern: two variants give the user a choice without a wall of near-duplicates. */
const PROPOSALS_PER_PATTERN = 2;
/** A benchmark of this many titles or more always yields at least MIN_PROPOSALS proposals when it can. */
const MIN_PROPOSALS = 3;
/** Below this many titles there is too little to learn words from. */
const MIN_TITLES_TO_LEARN = 8;

/** The platform's title limit in units: 60 on Taobao/Tmall, the user's setting on 1688. */
export function titleLimitFor(platform: Platform | null, settings: Pick<Settings, 'titleUnitLimit1688'>): number {
  return platform === '1688' ? settings.titleUnitLimit1688 : TITLE_UNIT_LIMIT[platform ?? 'taobao'];
}

/**
 * The one title analysis: word bank, scorer, proposals and phrases of a benchmark, with the platform's limit
 * and the user's own and brand words. 标题, 店铺 (bulk scores), 竞品 (compare) and the CLI all call this, so a
 * title scores the same wherever it is scored.
 *
 * `demand`: the seller's 生意参谋 search terms with 搜索人气 (seed method 2). The terms about this benchmark's
 * product give each bank word its demand; the bank shows it, missing words are suggested by demand × (1 −
 * share of titles using the word), evidence names both, and proposals prefer high-demand words that few
 * competitors use. The score itself is the same with or without demand.
 */
export function prepareTitleBenchmark(
  source: TitleBenchmarkSource,
  segmenter: Segmenter,
  settings: TitleSettings,
  demand: readonly DemandTerm[] = [],
): TitleBenchmark {
  // Adding words is idempotent; doing it here (not in one pane) makes every surface segment alike.
  segmenter.addWords([...settings.userWords, ...settings.brandWords]);
  // Competitors' brands from their brand stores (not one of the user's own): cut whole for this benchmark only,
  // classed 品牌词, never counted, suggested or proposed (a title carries only its own brand).
  const storeBrands = brandsOfStores(source.titles, settings.myShopNames).filter(
    (b) => !settings.brandWords.some((own) => sameBrand(own, b)),
  );
  const limit = titleLimitFor(source.platform, settings);
  const titles = source.titles.map((t) => t.title);
  // What competitors write as a unit stays a unit, for this benchmark only.
  const learnedWords = titles.length >= MIN_TITLES_TO_LEARN ? discoverWords(titles).map((w) => w.word) : [];
  const withLearned = learnedWords.length ? segmenter.withWords(new Set(learnedWords)) : segmenter;
  // Cut whole in any case: jieba would split 卡帝乐鳄鱼, 361度 and New Balance.
  const seg = storeBrands.length ? withLearned.withUnits(new Set(storeBrands)) : withLearned;
  // A lone competitor: every word and pair of it counts (the usual floors of 2 titles would leave nothing).
  const single = source.titles.length < 2;
  const plainBank = buildWordBank(source.titles, seg, {
    brands: settings.brandWords,
    otherBrands: storeBrands,
    keyword: source.keyword,
    ...(single ? { minPhraseTitles: 1 } : {}),
  });
  const bankDemand = demand.length ? demandForBank(plainBank, source.keyword, demand, seg) : null;
  const bank = bankDemand ? withDemand(plainBank, bankDemand) : plainBank;
  const bench = prepareBenchmark(bank, titles, {
    limit,
    ...(single ? { minTitles: 1 } : {}),
    ...(bankDemand ? { demand: bankDemand.byWord } : {}),
  });
  // Proposals pick each slot's word in bank order: with demand, the words worth most come first, and of two
  // proposals that score alike the one carrying more of that worth, earlier, comes first.
  const proposalBank = bankDemand ? { ...bank, words: rankByDemand(bank.words) } : bank;
  const preference = bankDemand ? (title: string): number => demandCarried(title, bank.words) : undefined;
  const score = (title: string): TitleScore => scoreTitle(title, bench, seg);
  // Proposals and phrases are built on first use: bulk scoring (店铺) and 竞品 never need them.
  let proposals: Proposal[] | null = null;
  let phrases: PhraseSuggestion[] | null = null;
  let usedLearned: string[] | null = null;
  const allProposals = (): Proposal[] =>
    (proposals ??= proposeTitles(proposalBank, score, limit, {
      keyword: source.keyword,
      coreWords: source.keyword ? seg.cut(source.keyword) : [],
      brands: settings.brandWords,
      perPattern: PROPOSALS_PER_PATTERN,
      atLeast: source.titles.length >= 10 ? MIN_PROPOSALS : 0,
      ...(preference ? { preference } : {}),
    }));
  return {
    limit,
    bank,
    storeBrands,
    score,
    demand: bankDemand ? { terms: bankDemand.terms } : null,
    get learnedWords(): string[] {
      usedLearned ??= findUsedLearnedWords(
        titles,
        learnedWords,
        seg,
        storeBrands.length ? segmenter.withUnits(new Set(storeBrands)) : segmenter,
      );
      return usedLearned;
    },
    get proposals(): Proposal[] {
      return allProposals();
    },
    proposalsFor: (title) => {
      if (!title.trim()) return allProposals();
      const own = score(title).score;
      return allProposals().filter((p) => p.score >= own);
    },
    get phrases(): PhraseSuggestion[] {
      return (phrases ??= suggestPhrases(bank));
    },
  };
}

/** A snapshot's organic titles (and those added by hand) with their sales. */
export function benchmarkOfSnapshot(snapshot: {
  platform: Platform;
  keyword?: string | null;
  items: readonly { title: string; sales: number | null; shop?: string | null }[];
}): TitleBenchmarkSource {
  return {
    platform: snapshot.platform,
    keyword: snapshot.keyword || null,
    titles: snapshot.items.map((i) => ({ title: i.title, sales: i.sales, shop: i.shop ?? null })),
  };
}

/** One competitor's title, for the 竞品 comparison. */
export function benchmarkOfCapture(capture: {
  platform: Platform;
  title: string;
  sales: number | null;
  shop?: string | null;
}): TitleBenchmarkSource {
  return {
    platform: capture.platform,
    keyword: null,
    titles: [{ title: capture.title, sales: capture.sales, shop: capture.shop ?? null }],
  };
}

/**
 * The learned words that changed a title's cut: a word of some title as cut with them, not as cut without them.
 * Discovery also finds n-grams that straddle two words (季新款 of 秋季新款) and dictionary words (面霜); joining
 * leaves those alone, so they are not shown as learned.
 */
function findUsedLearnedWords(titles: readonly string[], learned: readonly string[], withLearned: Segmenter, without: Segmenter): string[] {
  const candidates = new Set(learned);
  const used = new Set<string>();
  for (const title of titles) {
    const cut = withLearned.cut(title).filter((w) => candidates.has(w) && !used.has(w));
    if (!cut.length) continue;
    const plain = new Set(without.cut(title));
    for (const w of cut) if (!plain.has(w)) used.add(w);
  }
  return learned.filter((w) => used.has(w));
}
