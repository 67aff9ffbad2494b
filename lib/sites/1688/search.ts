import type { SearchItem, SearchPage } from '../../model/records';
import { readQueryParam } from '../../text/url-query';
import { hasLabel, queryAllFirst, queryFirst, readImageSrc, readText } from '../dom-read';
import { extractAssignedJson, readInlineScripts } from '../embedded-json';
import { at, readArray, readFirstString, readFlag, readString } from '../json-read';
import type { ParseResult } from '../parse-result';
import type { SearchDetail } from '../search-detail';
import { buildSearchItem } from '../search-item';
import { generalSource, mergeObserved, parseFromSources } from '../search-sources';
import { readPageNumber } from '../result-page-number';
import { AD_CARD_CLASS_1688, AD_HOSTS_1688, SEARCH_1688 } from './selectors';

export function read1688SearchPosition(url: URL): { sort: string | null; page: number } {
  return { sort: readQueryParam(url.search, 'sortType') || null, page: readPageNumber(readQueryParam(url.search, 'beginPage')) ?? 1 };
}

/**
 * Current search data (pages-1688.md §1.2 B/C): the response `data.data.OFFER.items[].data` card objects
 * (`offerId`, `title` with `<font>` highlight, `priceInfo.price`, `afterPrice.text` / `bookedCount`,
 * `offerRepurchaseRate`, `shop.text`, `province`/`city`, `offerPicUrl`, `linkUrl`, flags as "true" strings).
 * The 2025–26 page keeps the same cards in its state (⚠ public readers, not a capture):
 * `window.data.offerV2.response.data.OFFER.items` and the flat `window.data.offerV2Showed.offerList[]`; both
 * shapes are read here. Ads: `isP4P == "true"`, `isBid == "true"`, `block == "P4P"`, `type == "bid"`. An overlay
 * read (search-detail.ts) leaves repurchase rate, ship-from, image and badges out.
 */
export function parse1688Mtop(json: unknown, detail: SearchDetail = 'full'): SearchItem[] | null {
  const cells =
    at(json, 'data.data.OFFER.items') ??
    at(json, 'data.OFFER.items') ??
    at(json, 'response.data.OFFER.items') ??
    at(json, 'offerV2.response.data.OFFER.items') ??
    at(json, 'offerV2Showed.offerList') ??
    at(json, 'data.offerV2Showed.offerList');
  if (!Array.isArray(cells)) return null;
  return cells
    .map((cell) => (at(cell, 'data') ?? cell) as unknown)
    .filter((card) => readString(card, 'offerId') !== null)
    .map((card, i) => buildSearchItem('1688', i + 1, detail === 'full' ? mtopCardFields(card) : mtopOverlayFields(card)));
}

/** What the overlay shows of an mtop card (search-detail.ts); the full read adds the rest. */
function mtopOverlayFields(card: unknown): Parameters<typeof buildSearchItem>[2] {
  const offerId = readString(card, 'offerId');
  const afterPriceIsSales = (readString(card, 'afterPrice.matKey') ?? 'sale_count') === 'sale_count';
  return {
    itemId: offerId,
    title: readFirstString(card, ['title', 'subject']),
    price: readString(card, 'priceInfo.price'),
    salesText: (afterPriceIsSales ? readString(card, 'afterPrice.text') : null) ?? readString(card, 'bookedCount'),
    shop: readFirstString(card, ['shop.text', 'loginId']),
    shipFrom: null,
    imageUrl: null,
    detailUrl: readString(card, 'linkUrl') ?? (offerId ? `https://detail.1688.com/offer/${offerId}.html` : null),
    badges: [],
    adEvidence: [
      readFlag(card, 'isP4P') && 'isP4P',
      readFlag(card, 'isBid') && 'isBid',
      readString(card, 'block') === 'P4P' && 'block:P4P',
      readString(card, 'type') === 'bid' && 'type:bid',
    ],
  };
}

function mtopCardFields(card: unknown): Parameters<typeof buildSearchItem>[2] {
  return {
    ...mtopOverlayFields(card),
    repurchase: readFirstString(card, ['offerRepurchaseRate', 'turnHead.percent']),
    shipFrom: [readString(card, 'province'), readString(card, 'city')].filter(Boolean).join(' ') || null,
    imageUrl: readFirstString(card, ['offerPicUrl', 'odPicUrl', 'list.cover.pic']),
    badges: [
      readFlag(card, 'superFactory') ? '超级工厂' : null,
      readFlag(card, 'factoryInspection') ? '验厂' : null,
      readFlag(card, 'businessInspection') ? '验商' : null,
      isShili(card) ? '实力商家' : null,
      ...readArray(card, 'offerTags.serviceTags').map((t) => readString(t)),
      ...readArray(card, 'offerTags.promotionTags').map((t) => readString(t) ?? readString(t, 'text')),
      ...readArray(card, 'tags').map((t) => readString(t, 'text')),
    ],
  };
}

/** 实力商家 markers seen in public code (⚠ single source each). */
function isShili(card: unknown): boolean {
  return (
    readFlag(card, 'feMapping.memberTagIds.isShiliDangKou') ||
    readFlag(card, 'marketOfferTag.isShiliDangKou') ||
    readArray(card, 'company.tagIds').some((t) => String(t) === '3910593')
  );
}

/**
 * Legacy page (≈2015–2022): `window.data.offerresultData = successDataCheck({…})`, offers at
 * `data.offerList[]` (also `offerList[]`), each with `information`, `company`, `tradePrice`,
 * `tradeQuantity`, `tradeService`, `image`. Ads are flagged like current cards when flagged at all.
 */
export function parse1688Legacy(doc: ParentNode): SearchItem[] | null {
  for (const script of readInlineScripts(doc)) {
    if (!script.includes('offerresultData')) continue;
    const data = extractAssignedJson(script, /offerresultData\s*=\s*(?:successDataCheck\s*\()?/);
    const list = at(data, 'data.offerList') ?? at(data, 'offerList') ?? at(data, 'data.data.offerList');
    if (!Array.isArray(list)) continue;
    return list.map((offer, i) => {
      const id = readString(offer, 'id');
      return buildSearchItem('1688', i + 1, {
        itemId: id,
        title: readFirstString(offer, ['information.subject', 'information.simpleSubject']),
        price: readFirstString(offer, ['tradePrice.offerPrice.priceInfo.price', 'tradePrice.offerPrice.valueString']),
        salesText: readFirstString(offer, ['tradeQuantity.saleQuantity', 'tradeQuantity.bookedCount']),
        repurchase: readFirstString(offer, ['information.rePurchaseRate', 'company.shopRepurchaseRate']),
        shop: readString(offer, 'company.name'),
        shipFrom: [readString(offer, 'company.province'), readString(offer, 'company.city')].filter(Boolean).join(' ') || null,
        imageUrl: readFirstString(offer, ['image.imgUrl', 'image.imgUrlOf290x290']),
        detailUrl: readString(offer, 'information.detailUrl') ?? (id ? `https://detail.1688.com/offer/${id}.html` : null),
        badges: [
          readFlag(offer, 'company.isSuperFactory') ? '超级工厂' : null,
          readFlag(offer, 'company.isFactory') ? '源头工厂' : null,
          readFlag(offer, 'tradeService.sevenDaysReturn') ? '7天无理由' : null,
          readString(offer, 'tradeService.deliveryHours') === '48' ? '48小时发货' : null,
        ],
        adEvidence: [(readFlag(offer, 'isP4P') || readFlag(offer, 'information.isP4P')) && 'isP4P'],
      });
    });
  }
  return null;
}

/**
 * Rendered cards, current generation first, legacy `.sm-offer-item` second. An overlay read (search-detail.ts)
 * leaves image and badges out (the legacy cards are read in full: rare, and their reader is not split).
 */
export function parse1688Cards(doc: ParentNode, detail: SearchDetail = 'full'): SearchItem[] {
  const full = detail === 'full';
  const current = queryAllFirst(doc, SEARCH_1688.card);
  if (current.length) {
    return current.map((card, i) => {
      const href = card.getAttribute('href');
      return buildSearchItem('1688', i + 1, {
        itemId: readOfferId(href) ?? (card.getAttribute('data-offer-id')?.trim() || null),
        title: readText(card, SEARCH_1688.title),
        price: readText(card, SEARCH_1688.price),
        salesText: readText(card, SEARCH_1688.sales),
        shop: readText(card, SEARCH_1688.shop),
        shipFrom: null,
        imageUrl: full ? readImageSrc(queryFirst(card, SEARCH_1688.image)) : null,
        detailUrl: href,
        badges: full ? [...card.querySelectorAll(SEARCH_1688.badges.join(', '))].map((n) => n.textContent) : [],
        adEvidence: [
          card.classList.contains(AD_CARD_CLASS_1688) && 'ad-card-class',
          href !== null && AD_HOSTS_1688.some((h) => href.includes(h)) && 'ad-click-host',
          hasLabel(card, ['广告']) && 'label:广告',
        ],
      });
    });
  }
  return queryAllFirst(doc, SEARCH_1688.legacyCard).map((card, i) => {
    const link = queryFirst(card, SEARCH_1688.legacyTitle);
    const href = link?.getAttribute('href') ?? null;
    return buildSearchItem('1688', i + 1, {
      itemId: readOfferId(href),
      title: link?.getAttribute('title') ?? link?.textContent ?? null,
      price: queryFirst(card, SEARCH_1688.legacyPrice)?.getAttribute('title') ?? readText(card, SEARCH_1688.legacyPrice),
      salesText: queryFirst(card, SEARCH_1688.legacySales)?.getAttribute('title') ?? readText(card, SEARCH_1688.legacySales),
      repurchase: readText(card, SEARCH_1688.legacyRepurchase),
      shop: queryFirst(card, SEARCH_1688.legacyShop)?.getAttribute('title') ?? readText(card, SEARCH_1688.legacyShop),
      shipFrom: queryFirst(card, SEARCH_1688.legacyLocation)?.getAttribute('title') ?? readText(card, SEARCH_1688.legacyLocation),
      imageUrl: readImageSrc(card.querySelector('img')),
      detailUrl: href,
      badges: [],
      adEvidence: [href !== null && AD_HOSTS_1688.some((h) => href.includes(h)) && 'ad-click-host'],
    });
  });
}

/**
 * Observed response first, then the legacy embedded JSON, then the rendered cards. `detail` applies to the
 * observed responses and the cards; legacy pages and the general reader are always read in full.
 */
export function parse1688SearchPage(
  doc: ParentNode,
  url: URL,
  keyword: string,
  observed: readonly unknown[],
  detail: SearchDetail = 'full',
): ParseResult<SearchPage> {
  return parseFromSources(
    { platform: '1688', keyword, url: url.href, ...read1688SearchPosition(url) },
    [
      {
        name: 'mtop',
        lookedAt: 'observed OFFER.items',
        read: () => mergeObserved(observed.map((json) => parse1688Mtop(json, detail))),
        crossCheck: { doc, pageUrl: url.href },
      },
      { name: 'offerresultData', lookedAt: 'window.data.offerresultData', read: () => parse1688Legacy(doc) },
      { name: 'dom', lookedAt: 'offer cards', read: () => parse1688Cards(doc, detail), check: 'cards' },
      generalSource(doc, url.href, '1688'),
    ],
    '页面上没有找到商品（可能还没加载完，或页面结构已变化）',
  );
}

function readOfferId(href: string | null): string | null {
  if (!href) return null;
  return /offer\/(\d+)\.html/.exec(href)?.[1] ?? /[?&]offerId=(\d+)/.exec(href)?.[1] ?? null;
}
