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
    const read = source.read();
    if (!read?.length) continue;
    const { items, dropped } = dropUnidentified(read);
    const page = { ...base, items, source: source.name };
    const result = source.isDom ? checkCards(page, read) : parsed(page);
    if (result.ok && dropped) result.warnings.unshift(`${dropped} 个商品缺少商品ID或标题，已跳过，不计入前60`);
    return result;
  }
  return failed(notFound, [`items: ${sources.map((s) => s.lookedAt).join(' / ')}`]);
}

/**
 * An organic item without its id or title cannot be compared, tracked or de-duplicated: it is left out (and
 * counted for a warning) instead of entering the top 60 as a blank. Ads stay, to be counted as excluded.
 */
export function dropUnidentified(items: readonly SearchItem[]): { items: SearchItem[]; dropped: number } {
  const kept = items.filter((i) => i.isAd || (hasItemId(i) && i.title.trim().length > 0));
  return { items: kept, dropped: items.length - kept.length };
}

/** Items without an id get a placeholder `unknown:<position>` / `ad:<position>` (search-item.ts). */
export function hasItemId(item: Pick<SearchItem, 'itemId'>): boolean {
  return !item.itemId.includes(':');
}

/**
 * A DOM parse where no card (as read, before unidentified ones were dropped) has a title, a price or an id
 * means the layout is not the one we know: refused, naming what was missing.
 */
export function checkCards(page: SearchPage, read: readonly SearchItem[] = page.items): ParseResult<SearchPage> {
  const missing: string[] = [];
  const cards = read.filter((i) => !i.isAd);
  if (cards.every((i) => !i.title)) missing.push('title');
  if (cards.every((i) => i.priceMin === null)) missing.push('price');
  if (cards.every((i) => !hasItemId(i))) missing.push('itemId');
  const organic = page.items.filter((i) => !i.isAd);
  if (!missing.length && !organic.length) missing.push('itemId', 'title');
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
