import type { SearchItem, SearchPage, SearchSource } from '../model/records';
import { failed, parsed, type ParseResult } from './parse-result';

/** One place a result page keeps its items: observed responses, embedded JSON or rendered cards. */
export interface ItemSource {
  name: SearchSource;
  /** Where the items were looked for, for the failure message ("observed OFFER.items"). */
  lookedAt: string;
  read: () => SearchItem[] | null;
  /** Rendered cards are checked for a recognisable layout; JSON sources are trusted as parsed. */
  isDom?: boolean;
}

/**
 * Tries the sources in order (the richest first) and takes the first that yields items. When none
 * does, fails with `missing` naming every place that was looked at.
 */
export function parseFromSources(
  base: Omit<SearchPage, 'items' | 'source'>,
  sources: readonly ItemSource[],
  notFound: string,
): ParseResult<SearchPage> {
  for (const source of sources) {
    const items = source.read();
    if (!items?.length) continue;
    const page = { ...base, items, source: source.name };
    return source.isDom ? checkCards(page) : parsed(page);
  }
  return failed(notFound, [`items: ${sources.map((s) => s.lookedAt).join(' / ')}`]);
}

/** A DOM parse where no card has a title or a price means the layout is not the one we know. */
export function checkCards(page: SearchPage): ParseResult<SearchPage> {
  const missing: string[] = [];
  const organic = page.items.filter((i) => !i.isAd);
  if (organic.every((i) => !i.title)) missing.push('title');
  if (organic.every((i) => i.priceMin === null)) missing.push('price');
  if (organic.every((i) => i.itemId.includes(':'))) missing.push('itemId');
  if (missing.length) return failed('商品卡片的结构无法识别', missing);
  const warnings: string[] = [];
  const noSales = organic.filter((i) => i.sales === null).length;
  if (noSales) warnings.push(`${noSales} 个商品没有读到销量`);
  return parsed(page, warnings);
}

/** Concatenates the items of several observed responses (lazy loading delivers batches), renumbered. */
export function mergeObserved(batches: (SearchItem[] | null)[]): SearchItem[] | null {
  const items = batches.flatMap((b) => b ?? []);
  return items.length ? items.map((item, i) => ({ ...item, position: i + 1 })) : null;
}
