import { commonestSpelling, foldLatin } from '../../text/fold-latin';
import type { Segmenter } from '../segment';

export interface TermFigures {
  term: string;
  exposure: number | null;
  visitors: number | null;
  clicks: number | null;
  payingBuyers: number | null;
  amount: number | null;
  searchIndex: number | null;
  competingItems: number | null;
}

export interface RootRow {
  root: string;
  terms: number;
  exposure: number;
  visitors: number;
  clicks: number;
  payingBuyers: number;
  amount: number;
  /** Σ search index (搜索人气 / 搜索指数) over the terms that have one. */
  searchIndex: number;
  /** Σ competing items (在线商品数) over the terms that have them. */
  competingItems: number;
  /** Σ search index ÷ Σ competing items over the terms that have both; null when none has. */
  competition: number | null;
}

/**
 * Word roots of search terms by the "inheritance" method (domain-rules §4): each root takes the figures
 * of every term containing it (红色连衣裙 with 100 visitors adds 100 to 红色 and 100 to 连衣裙). The sums
 * show relative importance, not true volumes. Unknown figures add nothing.
 */
export function aggregateRoots(terms: readonly TermFigures[], segmenter: Segmenter): RootRow[] {
  // Keyed with Latin letters folded (t恤 and T恤 are one root), shown as most terms write it.
  const roots = new Map<string, RootRow & { index: number; items: number; spellings: Map<string, number> }>();
  for (const t of terms) {
    for (const [key, root] of distinctTermWords(t.term, segmenter)) {
      const row = roots.get(key) ?? {
        root,
        terms: 0,
        exposure: 0,
        visitors: 0,
        clicks: 0,
        payingBuyers: 0,
        amount: 0,
        searchIndex: 0,
        competingItems: 0,
        competition: null,
        index: 0,
        items: 0,
        spellings: new Map<string, number>(),
      };
      row.spellings.set(root, (row.spellings.get(root) ?? 0) + 1);
      row.terms++;
      row.exposure += t.exposure ?? 0;
      row.visitors += t.visitors ?? 0;
      row.clicks += t.clicks ?? 0;
      row.payingBuyers += t.payingBuyers ?? 0;
      row.amount += t.amount ?? 0;
      row.searchIndex += t.searchIndex ?? 0;
      row.competingItems += t.competingItems ?? 0;
      if (t.searchIndex !== null && t.competingItems) {
        row.index += t.searchIndex;
        row.items += t.competingItems;
      }
      roots.set(key, row);
    }
  }
  return [...roots.values()]
    .map(({ index, items, spellings, ...row }) => ({
      ...row,
      root: commonestSpelling(spellings),
      amount: Math.round(row.amount * 100) / 100,
      competition: items ? index / items : null,
    }))
    .sort((a, b) => b.visitors - a.visitors || b.exposure - a.exposure || b.terms - a.terms);
}

/** A term's words once each, keyed with Latin letters folded (t恤 and T恤 are one root), as the term writes them. */
export function distinctTermWords(term: string, segmenter: Segmenter): Map<string, string> {
  return new Map(termWords(term, segmenter).map((w) => [foldLatin(w), w]));
}

/** Words of a search term as roots count them (the inheritance method): two characters or more, or one Chinese character. */
export function termWords(term: string, segmenter: Segmenter): string[] {
  return segmenter.cut(term).filter((w) => w.length > 1 || /\p{Script=Han}/u.test(w));
}
