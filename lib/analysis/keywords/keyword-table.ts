import { compareText } from '../../text/compare-text';
import type { MetricRow } from '../../model/records';
import { aggregateRoots } from '../shop/roots';
import type { Segmenter } from '../segment';
import { markBlueOcean } from './blue-ocean';
import type { DemandCapture } from './demand-rows';
import { ratio } from '../stats';

/** 竞争度 as the UI states it (domain-rules.md §4, the simple measure): higher means less competition. */
export const COMPETITION_FORMULA = '竞争度 = 搜索人气 ÷ 在线商品数（越高，每个在线商品分到的搜索越多，竞争越小）';

/** The previous capture of a term, for "change against the previous capture". */
export interface PreviousCapture {
  periodStart: string;
  periodEnd: string;
  searchPopularity: number | null;
  onlineItems: number | null;
  competition: number | null;
}

/** One search term of the keyword table. Rates are fractions; the market's click rate may exceed 1. */
export interface KeywordTerm {
  term: string;
  /** 搜索人气 (or 1688 搜索指数): demand. */
  searchPopularity: number | null;
  /** 在线商品数: supply. */
  onlineItems: number | null;
  /** 竞争度 = 搜索人气 ÷ 在线商品数; null when either is unknown or there are no items. */
  competition: number | null;
  clickRate: number | null;
  conversionRate: number | null;
  searchHeat: number | null;
  tradeIndex: number | null;
  /** 直通车参考价, yuan. */
  ztcPrice: number | null;
  periodStart: string;
  periodEnd: string;
  previous: PreviousCapture | null;
  /** (搜索人气 now − before) ÷ before; null without a previous figure (or when it was 0). */
  popularityChange: number | null;
  /** 蓝海词: demand in the top third and supply in the bottom third. */
  blueOcean: boolean;
}

/** A word root of the terms, figures summed by the inheritance method (each root takes every term containing it). */
export interface KeywordRoot {
  root: string;
  terms: number;
  searchPopularity: number;
  onlineItems: number;
  /** Σ 搜索人气 ÷ Σ 在线商品数 over the terms that have both. */
  competition: number | null;
  blueOcean: boolean;
}

export interface KeywordTable {
  terms: KeywordTerm[];
  roots: KeywordRoot[];
}

/** 搜索人气 ÷ 在线商品数, or null. */
export function competitionOf(searchPopularity: number | null, onlineItems: number | null): number | null {
  return ratio(searchPopularity, onlineItems);
}

function previousOf(row: MetricRow | null): PreviousCapture | null {
  if (!row) return null;
  return {
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    searchPopularity: row.searchIndex,
    onlineItems: row.competingItems,
    competition: competitionOf(row.searchIndex, row.competingItems),
  };
}

/**
 * The keyword table (seed method 2): per term its demand (搜索人气), supply (在线商品数), 竞争度, click and
 * conversion rates and the change against its previous capture; per root the same summed by the inheritance
 * method that the own search terms use (lib/analysis/shop/roots.ts); 蓝海词 marked in both. Terms are ordered
 * by demand, highest first (unknown demand last).
 */
export function buildKeywordTable(captures: readonly DemandCapture[], segmenter: Segmenter): KeywordTable {
  const terms = captures.map(({ term, latest, previous }): Omit<KeywordTerm, 'blueOcean'> => {
    const before = previousOf(previous);
    const now = latest.searchIndex;
    return {
      term,
      searchPopularity: now,
      onlineItems: latest.competingItems,
      competition: competitionOf(now, latest.competingItems),
      clickRate: latest.ctr,
      conversionRate: latest.conversion,
      searchHeat: latest.searchHeat,
      tradeIndex: latest.tradeIndex,
      ztcPrice: latest.ztcPrice,
      periodStart: latest.periodStart,
      periodEnd: latest.periodEnd,
      previous: before,
      popularityChange: now !== null && before?.searchPopularity ? (now - before.searchPopularity) / before.searchPopularity : null,
    };
  });
  terms.sort((a, b) => (b.searchPopularity ?? -1) - (a.searchPopularity ?? -1) || compareText(a.term, b.term));
  const blueTerms = markBlueOcean(terms.map((t) => ({ demand: t.searchPopularity, supply: t.onlineItems })));

  const rootRows = aggregateRoots(
    terms.map((t) => ({
      term: t.term,
      exposure: null,
      visitors: null,
      clicks: null,
      payingBuyers: null,
      amount: null,
      searchIndex: t.searchPopularity,
      competingItems: t.onlineItems,
    })),
    segmenter,
  );
  const roots = rootRows
    .map((r) => ({
      root: r.root,
      terms: r.terms,
      searchPopularity: r.searchIndex,
      onlineItems: r.competingItems,
      competition: r.competition,
    }))
    .sort((a, b) => b.searchPopularity - a.searchPopularity || b.terms - a.terms || compareText(a.root, b.root));
  // A root's supply is known only when one of its terms had 在线商品数.
  const blueRoots = markBlueOcean(
    roots.map((r) => ({ demand: r.searchPopularity, supply: r.competition === null ? null : r.onlineItems })),
  );
  return {
    terms: terms.map((t, i) => ({ ...t, blueOcean: blueTerms[i]! })),
    roots: roots.map((r, i) => ({ ...r, blueOcean: blueRoots[i]! })),
  };
}
