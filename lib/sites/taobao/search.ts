import type { SearchItem, SearchPage } from '../../model/records';
import { readQueryParam } from '../../text/url-query';
import { joinPriceParts } from '../../text/price';
import { indexCardParts } from '../class-parts';
import { queryAllFirst, readImageSrc } from '../dom-read';
import { extractAssignedJson, readInlineScripts } from '../embedded-json';
import { absoluteUrl, at, readArray, readFirstString, readFlag, readString } from '../json-read';
import type { ParseResult } from '../parse-result';
import type { SearchDetail } from '../search-detail';
import { buildSearchItem } from '../search-item';
import { generalSource, mergeObserved, parseFromSources } from '../search-sources';
import { pageOfOffset, readPageNumber } from '../result-page-number';
import { TAOBAO_AD_HOSTS, TAOBAO_CARD_PARTS, TAOBAO_SEARCH } from './selectors';

/** Legacy paging: `s=44` is the item offset, 44 per page. Current: `page=2`. */
export function readTaobaoSearchPosition(url: URL): { sort: string | null; page: number } {
  return {
    sort: readQueryParam(url.search, 'sort') || null,
    page: readPageNumber(readQueryParam(url.search, 'page')) ?? pageOfOffset(readQueryParam(url.search, 's'), 44) ?? 1,
  };
}

/**
 * Legacy result page (2014–2021, still in saved pages): `g_page_config = {…};` with items at
 * `mods.itemlist.data.auctions[]`. Ads carry `p4p: 1` and a click.simba detail URL. Entries without `nid` are
 * theme/promo cards (`{activity: {…}}`, seen three times on a real 2017 page), not items: left out.
 */
export function parseTaobaoLegacy(doc: ParentNode): SearchItem[] | null {
  for (const script of readInlineScripts(doc)) {
    if (!script.includes('g_page_config')) continue;
    const config = extractAssignedJson(script, /g_page_config\s*=\s*/);
    const auctions = at(config, 'mods.itemlist.data.auctions');
    if (!Array.isArray(auctions)) continue;
    return auctions
      .filter((a) => readString(a, 'nid') !== null)
      .map((a, i) => {
        const detailUrl = readString(a, 'detail_url');
        const isTmall = readFlag(a, 'shopcard.isTmall') || /detail\.tmall\.com/.test(detailUrl ?? '');
        const icons = readArray(a, 'icon').map((icon) => ({
          text: readFirstString(icon, ['innerText', 'title']),
          key: readFirstString(icon, ['icon_key', 'dom_class']),
        }));
        return buildSearchItem(isTmall ? 'tmall' : 'taobao', i + 1, {
          itemId: readString(a, 'nid'),
          // raw_title is plain; title carries <span class=H> highlight. Ads may differ: keep the shown one.
          title: readFirstString(a, ['raw_title', 'title']),
          price: readString(a, 'view_price'),
          salesText: readString(a, 'view_sales'),
          shop: readString(a, 'nick'),
          shipFrom: readString(a, 'item_loc'),
          imageUrl: readString(a, 'pic_url'),
          detailUrl,
          badges: [
            isTmall ? '天猫' : null,
            readString(a, 'view_fee') === '0.00' ? '包邮' : null,
            ...icons.map((icon) => legacyIconBadge(icon)),
          ],
          adEvidence: [
            readFlag(a, 'p4p') && 'p4p',
            isAdLink(detailUrl) && 'click.simba',
            icons.some((icon) => icon.key === 'icon-service-remai') && 'icon:掌柜热卖',
          ],
        });
      });
  }
  return null;
}

/**
 * A legacy service icon as a badge, or null: grouped icons ("分组-保险理赔"), the Tmall icon (天猫 is added from
 * the shop card) and the 掌柜热卖 ad icon are not badges.
 */
function legacyIconBadge(icon: { text: string | null; key: string | null }): string | null {
  if (!icon.text || icon.text.startsWith('分组-')) return null;
  if (icon.key === 'icon-service-tianmao' || icon.key === 'icon-service-remai') return null;
  return icon.text;
}

/**
 * Current React result page: one `<a>` card per item (pages-taobao.md, 2023 and 2024–2025 class
 * generations). Ads: the card links through click.simba.taobao.com, or shows a 广告 label. An overlay read
 * (search-detail.ts) looks for fewer parts and leaves ship-from, badges and the image out.
 */
export function parseTaobaoCards(doc: ParentNode, detail: SearchDetail = 'full'): SearchItem[] {
  const P = TAOBAO_CARD_PARTS;
  const full = detail === 'full';
  const names = full ? Object.values(P) : OVERLAY_PARTS;
  return queryAllFirst(doc, TAOBAO_SEARCH.card).map((card, i) => {
    const href = card.getAttribute('href');
    const isTmall = /detail\.tmall\.com/.test(href ?? '');
    const { parts, hasLabel } = indexCardParts(card, names, ['广告']);
    const text = (name: string): string | null => parts.get(name)?.textContent?.replace(/\s+/g, ' ').trim() || null;
    // parts.get of a name not looked for is undefined: the overlay read skips these without a branch each.
    const procity = parts.get(P.procity);
    const spans = procity ? [...procity.getElementsByTagName('span')].map((s) => s.textContent?.trim()).filter(Boolean) : [];
    const badgeWrapper = parts.get(P.badges);
    const badgeNodes = badgeWrapper ? [...badgeWrapper.getElementsByTagName('*')].filter((n) => n.childElementCount === 0) : [];
    const image = parts.get(P.image) ?? parts.get(P.imageWrapper);
    return buildSearchItem(isTmall ? 'tmall' : 'taobao', i + 1, {
      itemId: readCardItemId(card),
      title: text(P.title),
      price: joinPriceParts(text(P.priceInt), text(P.priceFloat)),
      salesText: text(P.sales),
      shop: text(P.shopText) ?? text(P.shop),
      shipFrom: spans.length ? spans.join(' ') : (procity?.textContent?.trim() ?? null),
      imageUrl: image ? readImageSrc(image.tagName === 'IMG' ? image : image.querySelector('img')) : null,
      detailUrl: absoluteUrl(href),
      badges: full ? [isTmall ? '天猫' : null, ...badgeNodes.map((n) => n.textContent)] : [],
      adEvidence: [isAdLink(href) && 'click.simba', hasLabel && 'label:广告'],
    });
  });
}

/** The card parts an overlay read needs (search-detail.ts): no ship-from, badges or image. */
const OVERLAY_PARTS: readonly string[] = [
  TAOBAO_CARD_PARTS.title,
  TAOBAO_CARD_PARTS.priceInt,
  TAOBAO_CARD_PARTS.priceFloat,
  TAOBAO_CARD_PARTS.sales,
  TAOBAO_CARD_PARTS.shopText,
  TAOBAO_CARD_PARTS.shop,
];

/**
 * The page's own search response: items at `data.itemsArray[]` (some readers saw `data.data.itemsArray`).
 * Checked against one real element (shared/samples/taobao, 2025-05): `item_id`, `title` (highlight HTML),
 * `priceShow.price` (the shown price, after coupons) beside `price` (the original), `realSales`, `procity`,
 * `shopInfo.title`/`nick`, `pic_path`, `auctionURL`, `isP4p` as the string "true", `utLogMap.x_ad`, and an ad
 * linking straight to the detail page marked only by `xxc=ad_ztc`. Badges are `icons[].text` (older:
 * `iconList`, an array or one comma-separated string of icon keys); Tmall is an icon alias `tmall`/`tmallPC` or
 * a detail.tmall.com link. Entries with `customCardType`, or without an item id, are not items. An overlay read
 * (search-detail.ts) leaves badges, ship-from and the image out; the icons are still read for the Tmall platform.
 */
export function parseTaobaoMtop(json: unknown, detail: SearchDetail = 'full'): SearchItem[] | null {
  const full = detail === 'full';
  const items = at(json, 'data.itemsArray') ?? at(json, 'data.data.itemsArray');
  if (!Array.isArray(items) || items.length === 0) return null;
  return items
    .filter((it) => at(it, 'customCardType') === undefined && readFirstString(it, ['item_id', 'nid', 'itemId']) !== null)
    .map((it, i) => {
      const detailUrl = readFirstString(it, ['auctionURL', 'detail_url', 'detailUrl']);
      const icons = readArray(it, 'icons');
      const iconKeys = readIconKeys(it);
      const aliases = icons.map((icon) => readString(icon, 'alias'));
      const isTmall =
        readFlag(it, 'isTmall') ||
        aliases.some((a) => a === 'tmall' || a === 'tmallPC') ||
        iconKeys.some((k) => k === 'tmall' || k === 'tmallPC') ||
        /detail\.tmall\.com/.test(detailUrl ?? '');
      return buildSearchItem(isTmall ? 'tmall' : 'taobao', i + 1, {
        itemId: readFirstString(it, ['item_id', 'nid', 'itemId']),
        title: readFirstString(it, ['title', 'raw_title']),
        price: readFirstString(it, ['priceShow.price', 'price', 'view_price']),
        salesText: readFirstString(it, ['realSales', 'view_sales']),
        shop: readFirstString(it, ['shopInfo.title', 'nick']),
        shipFrom: full ? readFirstString(it, ['procity', 'item_loc']) : null,
        imageUrl: full ? readFirstString(it, ['pic_path', 'pic_url']) : null,
        detailUrl,
        badges: full
          ? [
              isTmall ? '天猫' : null,
              ...icons.map((icon) => readString(icon, 'text')),
              ...iconKeys.map((key) => ICON_KEY_BADGES[key] ?? null),
              ...readIconListTexts(it),
            ]
          : [],
        adEvidence: [
          (readFlag(it, 'isP4p') || readFlag(it, 'p4p')) && 'p4p',
          readFlag(it, 'utLogMap.x_ad') && 'x_ad',
          isAdLink(detailUrl) && 'click.simba',
          /[?&]xxc=ad_ztc\b/.test(detailUrl ?? '') && 'xxc=ad_ztc',
        ],
      });
    });
}

/** Icon keys of `iconList` (array of keys or objects, or one comma-separated string) that are badges. */
const ICON_KEY_BADGES: Readonly<Record<string, string>> = { baoyounew: '包邮', baoyou: '包邮', gongyibaobei: '公益宝贝' };

function readIconKeys(it: unknown): string[] {
  const raw = at(it, 'iconList');
  if (typeof raw === 'string')
    return raw
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
  return readArray(raw)
    .map((x) => readString(x))
    .filter((k): k is string => !!k);
}

/** Older responses: `iconList` as objects with their shown text. */
function readIconListTexts(it: unknown): (string | null)[] {
  return readArray(it, 'iconList').map((x) => readString(x, 'text'));
}

/**
 * Tries the observed responses, then the embedded legacy JSON, then the rendered cards. `detail` applies to the
 * observed responses and the cards; legacy pages and the general reader are always read in full (rare, and
 * their readers are not split).
 */
export function parseTaobaoSearchPage(
  doc: ParentNode,
  url: URL,
  keyword: string,
  observed: readonly unknown[],
  detail: SearchDetail = 'full',
): ParseResult<SearchPage> {
  return parseFromSources(
    { platform: 'taobao', keyword, url: url.href, ...readTaobaoSearchPosition(url) },
    [
      {
        name: 'mtop',
        lookedAt: 'observed mtop itemsArray',
        read: () => mergeObserved(observed.map((json) => parseTaobaoMtop(json, detail))),
        crossCheck: { doc, pageUrl: url.href },
      },
      { name: 'g_page_config', lookedAt: 'g_page_config auctions', read: () => parseTaobaoLegacy(doc) },
      { name: 'dom', lookedAt: 'card anchors', read: () => parseTaobaoCards(doc, detail), check: 'cards' },
      generalSource(doc, url.href, 'taobao'),
    ],
    '页面上没有找到商品卡片（可能还没加载完，或页面结构已变化）',
  );
}

function readCardItemId(card: Element): string | null {
  const fromId = /^item_id_(\d+)$/.exec(card.id)?.[1];
  if (fromId) return fromId;
  const href = card.getAttribute('href') ?? '';
  return /[?&](?:id|itemId)=(\d+)/.exec(href)?.[1] ?? card.getAttribute('data-nid');
}

function isAdLink(href: string | null): boolean {
  if (!href) return false;
  return TAOBAO_AD_HOSTS.some((host) => href.includes(host));
}
