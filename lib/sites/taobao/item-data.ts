import type { ItemPage } from '../../model/records';
import { parsePrice } from '../../text/price';
import { parseSalesCount } from '../../text/sales';
import { stripMarkup } from '../../text/strip-markup';
import { findMatchingBrace } from '../embedded-json';
import { emptyItemPage, rangeOf, uniqueBadges } from '../item-page';
import { absoluteUrl, at, readArray, readFirstString, readFlag, readString } from '../json-read';
import { parseJsonOrJsonp } from '../jsonp';
import { readNumberField } from '../../text/finite-number';
import { failed, parsed, type ParseResult } from '../parse-result';

/**
 * Taobao / Tmall item data (PC detail 2025–26, pages-taobao.md "Checked against real captures"): the
 * `res` object that the SSR page embeds at `__ICE_APP_CONTEXT__.loaderData.home.data.res` and that the
 * page's own `mtop.taobao.pcdetail.data.get` returns as `data`. Checked against the real Tmall capture
 * of item 617129397971 (2026-09).
 *
 * Which price is the listing price: each SKU's `sku2info[skuId].price` (`priceText`, yuan; `priceMoney`,
 * fen), the price the page shows in large type for that SKU. `subPrice` / `priceVO.extraPrice` (券后,
 * 平台加补后) depend on the viewer's coupons, login and membership, so two captures of the same listing
 * would differ for reasons that are not the seller's; they are not stored. `pcTrade.pcBuyParams.current_price`
 * is the item's reserve price (一口价, often above every SKU: 59.00 against 29.9–34.9 in the capture) and
 * serves only when nothing else is there.
 */
export function parseTaobaoItemData(
  res: unknown,
  url: string,
  platform: 'taobao' | 'tmall',
  source: 'ice' | 'pcdetail',
): ParseResult<ItemPage> {
  if (!res || typeof res !== 'object') return failed('没有商品数据', ['item']);
  const itemId = readString(res, 'item.itemId') ?? itemIdFromUrl(url);
  const title = readFirstString(res, ['item.title', 'componentsVO.titleVO.title.title', 'pcTrade.pcBuyParams.title']);
  const missing = [!itemId && 'item.itemId', !title && 'item.title'].filter((m): m is string => !!m);
  if (missing.length) return failed('商品数据里缺少商品的基本信息', missing);

  const page = emptyItemPage(platform, itemId!, url, source);
  const warnings: string[] = [];
  page.title = stripMarkup(title);
  page.skus = readSkus(res);
  const fromPrice = readFromPrice(res);
  const skuRange = rangeOf(page.skus.map((s) => s.price));
  page.priceMin = skuRange.min ?? fromPrice?.min ?? null;
  page.priceMax = skuRange.max ?? fromPrice?.max ?? null;
  if (page.priceMin === null) {
    const reserve = parsePrice(readString(res, 'pcTrade.pcBuyParams.current_price'));
    page.priceMin = reserve?.min ?? null;
    page.priceMax = reserve?.max ?? null;
    warnings.push(reserve ? '页面没有给出售价，价格取自下单参数（一口价）' : '没有读到价格');
  }
  page.salesText = readFirstString(res, ['item.vagueSellCount', 'componentsVO.titleVO.salesDesc']);
  page.sales = parseSalesCount(page.salesText);
  page.shop = readFirstString(res, [
    'seller.shopName',
    'componentsVO.storeCardVO.shopName',
    'seller.sellerNick',
    'pcTrade.pcBuyParams.seller_nickname',
  ]);
  page.shipFrom = readShipFrom(res);
  page.images = uniqueImages([...readArray(res, 'item.images'), ...readArray(res, 'componentsVO.headImageVO.images')]);
  page.attributes = readAttributes(res);
  page.badges = readBadges(res, platform);
  return parsed(page, warnings);
}

/**
 * The page's own `mtop.taobao.pcdetail.data.get` response (`{api, data: res, ret}`, as an object or as its
 * JSON/JSONP text), or its `data` alone. Null-safe: anything else fails with a reason.
 */
export function parseTaobaoItemResponse(json: unknown, url: string, platform: 'taobao' | 'tmall'): ParseResult<ItemPage> {
  let body = json;
  if (typeof json === 'string') {
    try {
      body = parseJsonOrJsonp(json);
    } catch {
      return failed('商品接口的返回不是 JSON', ['data']);
    }
  }
  const ret = readArray(body, 'ret').map((r) => readString(r) ?? '');
  if (ret.length && !ret.some((r) => r.startsWith('SUCCESS'))) return failed(`商品接口没有返回数据：${ret.join('；')}`, ['data']);
  const data = at(body, 'data');
  const res = isTaobaoItemRes(data) ? data : isTaobaoItemRes(body) ? body : null;
  if (!res) return failed('不是商品详情接口的数据', ['data.item']);
  return parseTaobaoItemData(res, url, platform, 'pcdetail');
}

/** True for an object shaped like the detail `res`: an item with its id plus the seller or SKU blocks. */
export function isTaobaoItemRes(value: unknown): boolean {
  return (
    readString(value, 'item.itemId') !== null &&
    ['seller', 'skuBase', 'skuCore', 'componentsVO', 'pcTrade'].some((k) => at(value, k) != null)
  );
}

/** `res` inside a parsed `__ICE_APP_CONTEXT__` object (`loaderData.<route>.data.res`, route `home` today). */
export function readIceRes(context: unknown): unknown {
  const home = at(context, 'loaderData.home.data.res');
  if (isTaobaoItemRes(home)) return home;
  const loaderData = at(context, 'loaderData');
  if (!loaderData || typeof loaderData !== 'object') return null;
  for (const route of Object.values(loaderData as Record<string, unknown>)) {
    const res = at(route, 'data.res');
    if (isTaobaoItemRes(res)) return res;
  }
  return null;
}

/**
 * The `__ICE_APP_CONTEXT__` object from the inline script
 * `!(function(){var a = window.__ICE_APP_CONTEXT__ || {}; var b = {…}; for (var k in a) b[k] = a[k]; …})()`.
 * The variable names are minifier output, so every `var x = {` (and a direct
 * `window.__ICE_APP_CONTEXT__ = {`) is tried and the first literal carrying `loaderData` wins.
 */
export function readIceContext(script: string): unknown {
  const starts = /(?:\bvar\s+[A-Za-z_$][\w$]*|__ICE_APP_CONTEXT__)\s*=\s*\{/g;
  for (let m = starts.exec(script); m; m = starts.exec(script)) {
    const open = m.index + m[0].length - 1;
    const close = findMatchingBrace(script, open);
    if (close < 0) continue;
    try {
      const value: unknown = JSON.parse(script.slice(open, close + 1));
      if (at(value, 'loaderData')) return value;
    } catch {
      // Not JSON (a JS object with functions or unquoted keys): try the next candidate.
    }
    starts.lastIndex = close + 1;
  }
  return null;
}

/**
 * The original of an alicdn image URL: protocol-relative made https, and the resize/format suffix the
 * CDN appends after the real extension removed (`….jpg_q50.jpg_.webp`, `….jpg_60x60q90.jpg`, `….jpg_.webp`).
 */
export function originalImageUrl(raw: string | null): string | null {
  const url = absoluteUrl(raw);
  if (!url) return null;
  const suffix = /^(.+?\.(?:jpe?g|png|gif|webp|bmp|heic))_[^/?#]*$/i.exec(url);
  return suffix ? suffix[1]! : url;
}

function uniqueImages(list: readonly unknown[]): string[] {
  return [...new Set(list.map((u) => originalImageUrl(readString(u))).filter((u): u is string => !!u))];
}

/**
 * One entry per `skuBase.skus[]`: its name from the prop values of its `propPath` ("pid:vid;pid:vid";
 * several props joined by " / "), its price and stock from `skuCore.sku2info[skuId]`. A value's
 * `corner.cornerText` (推荐) is a tag on the button, not part of the name.
 */
function readSkus(res: unknown): ItemPage['skus'] {
  const valueNames = new Map<string, string>();
  for (const prop of readArray(res, 'skuBase.props')) {
    const pid = readString(prop, 'pid');
    for (const value of readArray(prop, 'values')) {
      const vid = readString(value, 'vid');
      const name = readString(value, 'name');
      if (pid && vid && name) valueNames.set(`${pid}:${vid}`, stripMarkup(name));
    }
  }
  const info = at(res, 'skuCore.sku2info');
  return readArray(res, 'skuBase.skus').flatMap((sku) => {
    const skuId = readString(sku, 'skuId');
    const propPath = readString(sku, 'propPath') ?? '';
    if (!skuId) return [];
    const names = propPath
      .split(';')
      .map((pv) => valueNames.get(pv.trim()))
      .filter((n): n is string => !!n);
    const entry = at(info, skuId);
    return [
      {
        name: (names.join(' / ') || propPath || skuId).slice(0, 200),
        price: readPrice(at(entry, 'price')),
        stock: readStock(entry),
      },
    ];
  });
}

/** Yuan from `priceText` ("29.9"; a range takes its low end), else from `priceMoney` in fen. */
function readPrice(price: unknown): number | null {
  const text = parsePrice(readString(price, 'priceText'));
  if (text) return text.min;
  const fen = readNumberField(readString(price, 'priceMoney'));
  return fen !== null && fen > 0 ? Math.round(fen) / 100 : null;
}

function readStock(entry: unknown): number | null {
  return readNumberField(readString(entry, 'quantity'));
}

/** The item's from-price: `sku2info["0"]` (priceDesc 起), else `priceVO.price` (under componentsVO or at the top). */
function readFromPrice(res: unknown): { min: number; max: number } | null {
  for (const path of ['skuCore.sku2info.0.price', 'componentsVO.priceVO.price', 'priceVO.price']) {
    const price = at(res, path);
    const text = parsePrice(readString(price, 'priceText'));
    if (text) return text;
    const single = readPrice(price);
    if (single !== null) return { min: single, max: single };
  }
  return null;
}

/**
 * Ship-from: `deliveryVO.deliveryFromAddr` is what the page prints as 发货地 on a mainland visit (seen in
 * public code quoting a real 2025 response; absent from the overseas capture), then the trade form's
 * `region` (广东深圳 in the capture), then the overseas block's seller address.
 */
function readShipFrom(res: unknown): string | null {
  const text = readFirstString(res, [
    'componentsVO.deliveryVO.deliveryFromAddr',
    'pcTrade.pcBuyParams.region',
    'componentsVO.overseasLogisticsVO.data.deliveryList.0.sellerAddressText',
  ]);
  return text ? text.replace(/\s+/g, ' ') : null;
}

/** 参数 rows: `extensionInfoVO.infos[type=BASE_PROPS].items[{title, text[]}]`, else `industryParamVO` lists. */
function readAttributes(res: unknown): ItemPage['attributes'] {
  const fromInfos = readArray(res, 'componentsVO.extensionInfoVO.infos')
    .filter((info) => readString(info, 'type') === 'BASE_PROPS')
    .flatMap((info) => readArray(info, 'items'))
    .map((row) => ({ name: readString(row, 'title') ?? '', value: joinTexts(at(row, 'text')) }));
  const rows = fromInfos.length
    ? fromInfos
    : ['plusViewVO.industryParamVO.basicParamList', 'plusViewVO.industryParamVO.enhanceParamList'].flatMap((path) =>
        readArray(res, path).map((p) => ({ name: readString(p, 'propertyName') ?? '', value: readString(p, 'valueName') ?? '' })),
      );
  return rows.filter((a) => a.name && a.value);
}

/**
 * Item-level service badges. The seller pays shipping (`who_pay_ship` 卖家承担运费, or a 免运费 freight
 * line) → 包邮; a 48-hour shipping promise; the title's sub-tags (可开发票); the 保障 list. On an overseas
 * visit (`feature.tmwOverseasScene`) the 保障 list holds the visitor's payment options (Kakao Pay …),
 * not the seller's services, so it is skipped there.
 */
function readBadges(res: unknown, platform: 'taobao' | 'tmall'): string[] {
  const freight = readString(res, 'componentsVO.deliveryVO.freight') ?? '';
  const aging = readFirstString(res, ['componentsVO.deliveryVO.agingDesc', 'skuCore.sku2info.0.logisticsTime']) ?? '';
  const guarantees = readFlag(res, 'feature.tmwOverseasScene')
    ? []
    : readArray(res, 'componentsVO.extensionInfoVO.infos')
        .filter((info) => readString(info, 'type') === 'GUARANTEE')
        .flatMap((info) => readArray(info, 'items'))
        .flatMap((item) => readArray(item, 'text').map((t) => readString(t)));
  return uniqueBadges([
    platform === 'tmall' ? '天猫' : null,
    readString(res, 'pcTrade.pcBuyParams.who_pay_ship') === '卖家承担运费' || /免运费|包邮/.test(freight) ? '包邮' : null,
    /承诺48小时/.test(aging) ? '48小时发货' : null,
    ...readArray(res, 'componentsVO.titleVO.subTitles').map((s) => readString(s, 'title')),
    ...guarantees,
  ]);
}

function joinTexts(value: unknown): string {
  if (Array.isArray(value))
    return value
      .map((v) => readString(v))
      .filter(Boolean)
      .join(' ');
  return readString(value) ?? '';
}

function itemIdFromUrl(url: string): string | null {
  return /[?&]id=(\d+)/.exec(url)?.[1] ?? null;
}
