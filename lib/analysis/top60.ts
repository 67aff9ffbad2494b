import type { SearchItem, SearchPage } from '../model/records';

export const TOP_N = 60;

export interface Top60 {
  /** Organic items in page order, de-duplicated by id, at most 60. */
  items: SearchItem[];
  /** Ads seen on the pages up to the point the 60 were filled. */
  adsExcluded: number;
  complete: boolean;
  /** Result pages used, ascending. */
  pages: number[];
}

/**
 * The seed method's "60 first-page products, excluding paid promotion": organic items in page order,
 * page 1 before page 2, duplicates (an item shown on both pages) kept once, first 60.
 */
export function assembleTop60(pages: readonly Pick<SearchPage, 'page' | 'items'>[], limit: number = TOP_N): Top60 {
  const ordered = [...pages].sort((a, b) => a.page - b.page);
  const seen = new Set<string>();
  const items: SearchItem[] = [];
  const used = new Set<number>();
  let adsExcluded = 0;
  for (const page of ordered) {
    if (items.length >= limit) break;
    used.add(page.page);
    for (const item of page.items) {
      if (items.length >= limit) break;
      if (item.isAd) {
        adsExcluded++;
        continue;
      }
      // Placeholder ids (unknown:N) never count: an item without its own id cannot be compared or tracked.
      if (seen.has(item.itemId) || item.itemId.includes(':')) continue;
      seen.add(item.itemId);
      items.push(item);
    }
  }
  return { items, adsExcluded, complete: items.length >= limit, pages: [...used].sort((a, b) => a - b) };
}
