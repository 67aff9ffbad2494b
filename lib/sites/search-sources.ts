import type { Platform } from '../model/page';
import type { SearchItem, SearchPage, SearchSource } from '../model/records';
import { LIMITS } from '../model/limits';
import { readItemLink } from './general/item-links';
import { readResultCards } from './general/read-result-cards';
import { describeShares, fieldShares } from '../analysis/field-shares';
import { failed, parsed, type ParseResult } from './parse-result';

/** One place a result page keeps its items: observed responses, embedded JSON, rendered cards. */
export interface ItemSource {
  name: SearchSource;
  /** Where the items were looked for, for the failure message ("observed OFFER.items"). */
  lookedAt: string;
  read: () => SearchItem[] | null;
  /**
   * How the read is checked: JSON sources are trusted as parsed; cards found by our selectors must show a
   * recognisable layout; the general reader must have found id, title and price on nearly every card.
   */
  check?: 'cards' | 'general';
  /**
   * For data the page's own scripts delivered (observed responses): the document whose item links it must
   * agree with. A page script could post forged items; the rendered cards are the page the user sees.
   */
  crossCheck?: { doc: ParentNode; pageUrl: string };
}

/**
 * Tries the sources in order (the richest first) and takes the first that yields items that pass their
 * check; the general reader comes last. When none does, fails with the first refusal (what our selectors
 * missed) or, with no cards at all, `missing` naming every place that was looked at.
 */
export function parseFromSources(
  base: Omit<SearchPage, 'items' | 'source'>,
  sources: readonly ItemSource[],
  notFound: string,
): ParseResult<SearchPage> {
  const refusals: { reason: string; missing: string[] }[] = [];
  const notes: string[] = [];
  for (const source of sources) {
    const read = source.read();
    if (!read?.length) continue;
    const disagreement = source.crossCheck ? findDisagreement(read, source.crossCheck.doc, source.crossCheck.pageUrl) : null;
    if (disagreement) {
      notes.push(disagreement);
      refusals.push({ reason: disagreement, missing: [] });
      continue;
    }
    const identified = dropUnidentified(read);
    const items = identified.items.slice(0, LIMITS.searchItems);
    const page = { ...base, items, source: source.name };
    const result = source.check === 'cards' ? checkCards(page, read) : source.check === 'general' ? checkGeneral(page, read) : parsed(page);
    if (!result.ok) {
      refusals.push(result);
      continue;
    }
    if (identified.items.length > items.length)
      result.warnings.unshift(`页面上有 ${identified.items.length} 个商品，只保留了前 ${items.length} 个`);
    if (identified.dropped) result.warnings.unshift(`${identified.dropped} 个商品缺少商品ID或标题，已跳过，不计入前60`);
    result.warnings.unshift(...notes);
    return result;
  }
  const [first, ...rest] = refusals;
  if (first) return failed([first.reason, ...rest.map((r) => r.reason)].join('；'), [...new Set(refusals.flatMap((r) => r.missing))]);
  return failed(notFound, [`items: ${sources.map((s) => s.lookedAt).join(' / ')}`]);
}

/** Fewer item links than this on the page: nothing to compare observed data with (a page still loading). */
const CROSS_CHECK_MIN_LINKS = 8;
/** Item links read at most, in page order. */
const CROSS_CHECK_SAMPLE = 24;
/** Share of the page's item links the observed items must include. */
const CROSS_CHECK_MIN_SHARE = 0.5;

/**
 * Observed items that do not include at least half of the items linked on the page describe some other
 * page (or were forged by a page script): they are not used, and the next source (the cards) is read.
 * Measured against the page's links, not the other way round, because lazy rendering shows fewer cards
 * than the data holds.
 */
export function findDisagreement(read: readonly SearchItem[], doc: ParentNode, pageUrl: string): string | null {
  const linked = new Set<string>();
  for (const a of doc.querySelectorAll('a[href]')) {
    const id = readItemLink(a.getAttribute('href'), pageUrl)?.itemId;
    if (id) linked.add(id);
    // The first cards decide (they are rendered first); reading every link of a long page costs the
    // content script milliseconds on each page load.
    if (linked.size >= CROSS_CHECK_SAMPLE) break;
  }
  if (linked.size < CROSS_CHECK_MIN_LINKS) return null;
  const ids = new Set(read.map((i) => i.itemId));
  const shared = [...linked].filter((id) => ids.has(id)).length;
  if (shared / linked.size >= CROSS_CHECK_MIN_SHARE) return null;
  return `页面脚本提供的商品数据与页面上显示的商品对不上（页面上 ${linked.size} 个商品只有 ${shared} 个在数据中），已改为读取页面上的商品`;
}

/**
 * The general reader as a page's last source (lib/sites/general/read-result-cards.ts). A few item links (a
 * banner, a broken page) are no result list: fewer than GENERAL_MIN_CARDS organic cards read as none.
 */
export function generalSource(doc: ParentNode, pageUrl: string, platform: Platform): ItemSource {
  const read = (): SearchItem[] | null => {
    const items = readResultCards(doc, pageUrl, platform);
    return items.filter((i) => !i.isAd).length >= GENERAL_MIN_CARDS ? items : null;
  };
  return { name: 'general', lookedAt: 'links to item pages (通用识别)', read, check: 'general' };
}

/** Below this share of cards with an id, a title and a price, a general read is not trusted. */
export const GENERAL_MIN_SHARE = 0.9;
/** Fewer cards than this is not a result page the general reader should trust (a banner, a rail). */
const GENERAL_MIN_CARDS = 4;

/**
 * The general reader's result is saved only when at least 90 % of the cards it found (as read, before
 * unidentified ones were dropped) have an id, a title and a price; the warning says it was a general read and
 * on what share of cards each field was found.
 */
export function checkGeneral(page: SearchPage, read: readonly SearchItem[]): ParseResult<SearchPage> {
  const shares = fieldShares(read);
  const organic = read.filter((i) => !i.isAd).length;
  const short = (['id', 'title', 'price'] as const).filter((k) => shares[k] < GENERAL_MIN_SHARE);
  if (short.length) {
    // The same field names as a refused card layout, so the popup lists each missing field once.
    const names = { id: 'itemId', title: 'title', price: 'price' } as const;
    return failed(
      `通用识别找到 ${organic} 个商品卡片，但读不全（${describeShares(shares)}；需要商品ID、标题、价格都至少 90%）`,
      short.map((k) => names[k]),
    );
  }
  return parsed(page, [`页面结构没有见过，已按页面上看到的内容读取（通用识别）：${describeShares(shares)}`]);
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
  return item.itemId.length > 0 && !item.itemId.includes(':');
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

/**
 * Concatenates the items of several observed responses (lazy loading delivers batches), renumbered. The same
 * item twice (a response replayed, page 1 fetched again after going back in the single-page app) counts once.
 */
export function mergeObserved(batches: (SearchItem[] | null)[]): SearchItem[] | null {
  const seen = new Set<string>();
  const items = batches
    .flatMap((b) => b ?? [])
    .filter((item) => {
      if (!hasItemId(item)) return true;
      const key = `${item.isAd ? 'ad' : 'organic'}:${item.itemId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return items.length ? items.map((item, i) => ({ ...item, position: i + 1 })) : null;
}
