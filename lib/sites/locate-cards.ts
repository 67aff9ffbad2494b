import type { SearchItem } from '../model/records';
import { SEARCH_1688 } from './1688/selectors';
import { TAOBAO_SEARCH } from './taobao/selectors';
import { TMALL_LIST } from './tmall/selectors';

/** Every known card root selector; a matched link climbs to the nearest of these. */
const CARD_ROOTS = [...TAOBAO_SEARCH.card, ...TMALL_LIST.card, ...SEARCH_1688.card, ...SEARCH_1688.legacyCard, '[data-nid]', '.item'].join(
  ', ',
);

/**
 * Finds the card element of each parsed item, whatever source the items came from: by the exact
 * detail link first, then by an id in a link or attribute.
 */
export function locateCards(doc: ParentNode, items: readonly SearchItem[]): Map<number, Element> {
  const candidates = doc.querySelectorAll('a[href], [data-nid], [data-id], [data-offer-id], [id^="item_id_"]');
  const byHref = new Map<string, Element>();
  for (const el of candidates) {
    const href = el.getAttribute('href');
    if (!href) continue;
    const absolute = href.startsWith('//') ? `https:${href}` : href;
    if (!byHref.has(absolute)) byHref.set(absolute, el);
  }
  // The id index (three patterns per element) is built only when some item is not found by its link: on the
  // pages we know every card is, and this runs on every result-page load.
  let byId: Map<string, Element> | null = null;
  const found = new Map<number, Element>();
  for (const item of items) {
    let hit = item.detailUrl ? byHref.get(item.detailUrl) : undefined;
    if (!hit) {
      byId ??= indexIds(candidates);
      hit = byId.get(item.itemId);
    }
    if (hit) found.set(item.position, hit.closest(CARD_ROOTS) ?? hit);
  }
  return found;
}

/** The first element per id, in page order. */
function indexIds(candidates: Iterable<Element>): Map<string, Element> {
  const byId = new Map<string, Element>();
  for (const el of candidates) {
    const id = readAnyId(el, el.getAttribute('href'));
    if (id && !byId.has(id)) byId.set(id, el);
  }
  return byId;
}

function readAnyId(el: Element, href: string | null): string | null {
  return (
    el.getAttribute('data-nid') ??
    el.getAttribute('data-offer-id') ??
    el.getAttribute('data-id') ??
    /^item_id_(\d+)$/.exec(el.id)?.[1] ??
    (href ? (/[?&](?:id|offerId)=(\d+)/.exec(href)?.[1] ?? /offer\/(\d+)\.html/.exec(href)?.[1] ?? null) : null)
  );
}
