import { LIMITS } from '../model/limits';
import type { ItemPage, SearchItem } from '../model/records';
import { platformImageUrl } from './image-host';

/**
 * Cuts what a parser read to the stored limits (lib/model/limits.ts) and keeps only platform image URLs, so a
 * page with a 5 MB title or 10,000 badges is saved shortened instead of refused, and no image from a foreign
 * host is ever stored or shown. Applied by buildSearchItem and the item-page parsers, once, at the end.
 */
export function fitSearchItem(item: SearchItem): SearchItem {
  return {
    ...item,
    itemId: item.itemId.length > LIMITS.itemId ? `unknown:${item.position}` : item.itemId,
    title: cut(item.title, LIMITS.title),
    salesText: cutOrNull(item.salesText, LIMITS.shortText),
    shop: cutOrNull(item.shop, LIMITS.shortText),
    shipFrom: cutOrNull(item.shipFrom, LIMITS.shortText),
    imageUrl: platformImageUrl(item.imageUrl),
    detailUrl: item.detailUrl && item.detailUrl.length <= LIMITS.url ? item.detailUrl : null,
    badges: item.badges.slice(0, LIMITS.badges).map((b) => cut(b, LIMITS.shortText)),
    adEvidence: item.adEvidence.slice(0, LIMITS.badges).map((e) => cut(e, LIMITS.shortText)),
  };
}

export function fitItemPage(page: ItemPage): ItemPage {
  return {
    ...page,
    url: page.url.slice(0, LIMITS.url),
    title: cut(page.title, LIMITS.title),
    salesText: cutOrNull(page.salesText, LIMITS.shortText),
    shop: cutOrNull(page.shop, LIMITS.shortText),
    shipFrom: cutOrNull(page.shipFrom, LIMITS.shortText),
    priceTiers: page.priceTiers.slice(0, LIMITS.priceTiers),
    images: page.images
      .map(platformImageUrl)
      .filter((u): u is string => u !== null)
      .slice(0, LIMITS.images),
    videoCover: platformImageUrl(page.videoCover),
    skus: page.skus.slice(0, LIMITS.skus).map((s) => ({ ...s, name: cut(s.name, LIMITS.shortText) })),
    attributes: page.attributes
      .slice(0, LIMITS.attributes)
      .map((a) => ({ name: cut(a.name, LIMITS.shortText), value: cut(a.value, LIMITS.attributeValue) })),
    badges: page.badges.slice(0, LIMITS.badges).map((b) => cut(b, LIMITS.shortText)),
    description: cutOrNull(page.description, LIMITS.description),
  };
}

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end);
}

function cutOrNull(text: string | null, max: number): string | null {
  return text === null ? null : cut(text, max);
}
