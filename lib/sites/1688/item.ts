import type { ItemPage } from '../../model/records';
import { parsePrice } from '../../text/price';
import { parsePercent } from '../../text/percent';
import { parseSalesCount } from '../../text/sales';
import { readNumberField } from '../../text/finite-number';
import { stripMarkup } from '../../text/strip-markup';
import { extractDescriptionText } from '../description-text';
import { queryAllFirst, queryFirst, readImageSrc, readText } from '../dom-read';
import { extractAssignedJson, findMatchingBrace, readInlineScripts } from '../embedded-json';
import { emptyItemPage, rangeOf, uniqueBadges } from '../item-page';
import { resolveJsonRefs } from '../json-ref';
import { absoluteUrl, at, readArray, readFirstString, readFlag, readString } from '../json-read';
import { failed, parsed, type ParseResult } from '../parse-result';
import { DETAIL_1688 } from './selectors';

/**
 * 1688 offer detail page, three generations (pages-1688.md §2.2): `window.context` (2024/25 →), then
 * `window.__INIT_DATA` (2021–2024; two real dumps in shared/samples), then the DOM. Only the fields
 * below are copied: buyer identity fields present in the page data (buyerUserId, buyerLoginId,
 * buyerMemberId) never are.
 */
export function parse1688ItemPage(doc: ParentNode & { ownerDocument?: Document | null }, url: string): ParseResult<ItemPage> {
  const description = extractDescriptionText(queryFirst(doc, DETAIL_1688.description));
  const withDescription = (result: ParseResult<ItemPage>): ParseResult<ItemPage> =>
    result.ok && description ? parsed({ ...result.value, description }, result.warnings) : result;
  for (const script of readInlineScripts(doc)) {
    if (script.includes('window.context') && script.includes('contextPath')) {
      const model = readContextLiteral(script);
      if (model) return withDescription(parse1688Context(model, url));
    }
    if (script.includes('__INIT_DATA')) {
      const init = extractAssignedJson(script, /window\.__INIT_DATA\s*=\s*/);
      if (init) return withDescription(parse1688InitData(init, url));
    }
  }
  return withDescription(parse1688ItemDom(doc, url));
}

/** `window.__INIT_DATA`: components found by componentType, plus globalData models. */
export function parse1688InitData(init: unknown, url: string): ParseResult<ItemPage> {
  const comp = (type: string): unknown => readComponent(init, type);
  const g = at(init, 'globalData');
  const titleC = comp('@ali/tdmod-od-pc-offer-title');
  const priceC = comp('@ali/tdmod-od-pc-offer-price');
  const picC = comp('@ali/tdmod-pc-od-main-pic');
  const logisticsC = comp('@ali/tdmod-od-pc-offer-logistics');
  const itemId = readFirstString(g, ['tempModel.offerId', 'offerBaseInfo.offerId']) ?? readString(picC, 'offerId') ?? offerIdFromUrl(url);
  const title = readString(titleC, 'title') ?? readString(g, 'tempModel.offerTitle');
  const missing = [!itemId && 'offerId', !title && 'title'].filter((m): m is string => !!m);
  if (missing.length) return failed('__INIT_DATA 里缺少商品的基本信息', missing);

  const page = emptyItemPage('1688', itemId!, url, '__INIT_DATA');
  page.title = stripMarkup(title);
  const skus = readSkuMap(at(g, 'skuModel.skuInfoMap'));
  const current = readTiers(readArray(priceC, 'priceModel.currentPrices'));
  const range = skus.length ? rangeOf(skus.map((s) => s.price)) : rangeOf(current.map((c) => c.price));
  page.priceMin = range.min;
  page.priceMax = range.max;
  // Quantity tiers (起批量) only when the page prices by quantity; SKU-priced offers have a starting quantity.
  const beginNum = numberOrNull(readString(g, 'orderParamModel.orderParam.beginNum') ?? readString(logisticsC, 'startAmount')) ?? 0;
  page.priceTiers =
    readString(priceC, 'priceModel.priceDisplayType') === 'rangePrice'
      ? current
      : range.min !== null && beginNum > 0
        ? [{ minQuantity: beginNum, price: range.min }]
        : [];
  const saleNum = readString(titleC, 'saleNum');
  const exact = numberOrNull(readString(g, 'tempModel.saledCount'));
  page.sales = exact !== null && exact > 0 ? exact : parseSalesCount(saleNum);
  page.salesText = saleNum ? `${readString(titleC, 'saleCountDate') ?? ''}${saleNum}` : null;
  page.shop = readString(g, 'tempModel.companyName');
  page.shipFrom = readString(logisticsC, 'location');
  page.images = readArray(picC, 'offerImgList')
    .map((u) => absoluteUrl(readString(u)))
    .filter((u): u is string => !!u);
  if (!page.images.length)
    page.images = readArray(g, 'images')
      .map((i) => absoluteUrl(readString(i, 'fullPathImageURI')))
      .filter((u): u is string => !!u);
  page.videoCover = absoluteUrl(readString(picC, 'video.coverUrl'));
  page.skus = skus;
  page.attributes = readArray(comp('@ali/tdmod-od-pc-attribute-new'))
    .map((a) => ({ name: readString(a, 'name') ?? '', value: readString(a, 'value') ?? '' }))
    .filter((a) => a.name);
  page.badges = uniqueBadges([
    readFlag(logisticsC, 'freeDeliverFee') || readString(logisticsC, 'deliveryFee') === 'FREE' ? '包邮' : null,
    /48小时/.test(readString(logisticsC, 'freightInfo.logisticsText') ?? '') ? '48小时发货' : null,
    readFlag(g, 'sevenDaysRefund') ? '7天无理由' : null,
    readFlag(g, 'sellerSign.isSlsj') ? '实力商家' : null, // slsj = 实力商家 (⚠ inference from pinyin)
    readFlag(g, 'sellerSign.isTp') ? '诚信通' : null,
    ...readArray(comp('@ali/tdmod-od-pc-offer-service'), 'guaranteeList').map((x) => readString(x, 'serviceName')),
    ...readArray(logisticsC, 'freightInfo.protectionInfo.subProtections').map((x) => readString(x, 'serviceName')),
    ...readArray(titleC, 'tagList').map((x) => readString(x, 'text')),
    ...readArray(titleC, 'labels').map((x) => readString(x)),
  ]);
  return parsed(page, page.priceMin === null ? ['没有读到价格'] : []);
}

/**
 * `window.context` model (2024/25 →): result.data.<module>.fields and result.global.globalData.model.
 * `$ref` pointers are resolved first: on 2026 pages the ship-from sits only behind one
 * (`shippingServices.fields.freightInfo` → `$.result.global.globalData.model.detailDescription.freightInfo`),
 * and the `productTitle`, `mainPrice` and `gallery` images may be absent, so each field falls back to the
 * global model. Buyer fields (`dataJson.offerBaseInfo.buyer*`) are never read.
 */
export function parse1688Context(model: unknown, url: string): ParseResult<ItemPage> {
  const resolved = resolveJsonRefs(model);
  const d = (path: string): unknown => at(resolved, `result.data.${path}`);
  const gm = at(resolved, 'result.global.globalData.model');
  const dataJson = d('Root.fields.dataJson');
  const titleF = d('productTitle.fields');
  const galleryF = d('gallery.fields');
  const itemId =
    readFirstString(dataJson, ['tempModel.offerId', 'offerBaseInfo.offerId']) ??
    readFirstString(gm, ['offerDetail.offerId', 'tradeModel.offerId']) ??
    readString(galleryF, 'offerId') ??
    offerIdFromUrl(url);
  const title =
    readString(titleF, 'title') ??
    readString(dataJson, 'tempModel.offerTitle') ??
    readString(gm, 'offerDetail.subject') ??
    readString(galleryF, 'subject');
  const missing = [!itemId && 'offerId', !title && 'title'].filter((m): m is string => !!m);
  if (missing.length) return failed('window.context 里缺少商品的基本信息', missing);

  const page = emptyItemPage('1688', itemId!, url, 'context');
  page.title = stripMarkup(title);
  const trade = d('mainPrice.fields.finalPriceModel.tradeWithoutPromotion');
  const skus = readArray(trade, 'skuMapOriginal').map((s) => ({
    name: stripMarkup(readString(s, 'specAttrs')?.replace(/&gt;/g, '>') ?? ''),
    price: parsePrice(readFirstString(s, ['discountPrice', 'price']))?.min ?? null,
    stock: numberOrNull(readString(s, 'canBookCount')),
  }));
  page.skus = skus.length ? skus : readSkuMap(at(dataJson, 'skuModel.skuInfoMap'));
  const price = readContextPrice(d('mainPrice.fields'), at(gm, 'tradeModel'), page.skus);
  page.priceMin = price.min;
  page.priceMax = price.max;
  page.priceTiers = price.tiers;
  const saleNum = readString(titleF, 'saleNum');
  page.sales =
    numberOrNull(readString(dataJson, 'tempModel.saledCount')) ??
    numberOrNull(readString(gm, 'tradeModel.saleCount')) ??
    numberOrNull(readString(dataJson, 'orderParamModel.orderParam.saledCount')) ??
    parseSalesCount(saleNum);
  page.salesText = saleNum;
  page.shop =
    readFirstString(titleF, ['shopInfo.companyName', 'shopInfo.authCompanyName']) ??
    readString(dataJson, 'tempModel.companyName') ??
    readString(gm, 'sellerModel.companyName');
  const freight = at(d('shippingServices.fields'), 'freightInfo') ?? at(gm, 'detailDescription.freightInfo');
  page.shipFrom = readString(freight, 'location') ?? readString(gm, 'detailDescription.freightInfo.location');
  page.images = readContextImages(galleryF, gm, dataJson);
  page.videoCover = absoluteUrl(readString(galleryF, 'video.coverUrl'));
  page.attributes = readArray(gm, 'offerDetail.featureAttributes')
    .map((a) => ({
      name: readString(a, 'name') ?? '',
      value:
        readArray(a, 'values')
          .map((v) => readString(v))
          .filter(Boolean)
          .join(' ') ||
        (readString(a, 'value') ?? ''),
    }))
    .filter((a) => a.name);
  page.repurchaseRate = parsePercent(
    readFirstString(titleF, ['shopInfo.byrRepeatRate3m']) ?? readString(gm, 'detailBusiness.shopBaseInfo.byrRepeatRate3m'),
  );
  page.badges = uniqueBadges([
    readFlag(gm, 'detailBusiness.shopBaseInfo.isPm') ? '实力商家' : null,
    readFlag(gm, 'detailBusiness.shopBaseInfo.isPmSource') ? '源头旗舰' : null,
    readString(freight, 'deliveryFee') === 'FREE' ? '包邮' : null,
    /48小时/.test(readString(freight, 'logisticsText') ?? '') ? '48小时发货' : null,
    ...readArray(d('shippingServices.fields'), 'buyerProtectionModel').map((x) => readString(x, 'serviceName')),
    ...readArray(titleF, 'tagList').map((x) => readString(x, 'text')),
  ]);
  return parsed(page, page.priceMin === null ? ['没有读到价格'] : []);
}

interface ContextPrice {
  min: number | null;
  max: number | null;
  tiers: ItemPage['priceTiers'];
}

/**
 * Price range and quantity tiers, in order of trust: the `mainPrice` module (what the page shows), then
 * the global `tradeModel` (present when `mainPrice` is not, e.g. the 2026-09 capture), then the SKUs.
 */
function readContextPrice(mainPrice: unknown, tradeModel: unknown, skus: ItemPage['skus']): ContextPrice {
  const trade = at(mainPrice, 'finalPriceModel.tradeWithoutPromotion');
  const ranges = readTiers(readArray(trade, 'offerPriceRanges'));
  const mainCurrent = readTiers(readArray(mainPrice, 'priceModel.currentPrices'));
  const shown = rangeOf((ranges.length ? ranges : mainCurrent).map((r) => r.price));
  const fromMain = {
    min: numberOrNull(readString(trade, 'offerMinPrice')) ?? shown.min,
    max: numberOrNull(readString(trade, 'offerMaxPrice')) ?? shown.max,
  };
  if (fromMain.min !== null) {
    const mainRangePriced = readString(mainPrice, 'priceModel.priceDisplayType') === 'rangePrice';
    const tiers = ranges.length ? ranges : mainRangePriced ? mainCurrent : startTier(readString(trade, 'offerBeginAmount'), fromMain.min);
    return { ...fromMain, tiers };
  }

  const current = readTiers(readArray(tradeModel, 'offerPriceModel.currentPrices'));
  const display = parsePrice(readString(tradeModel, 'priceDisplay'));
  const listed = rangeOf(current.map((c) => c.price));
  const fromTrade = {
    min: numberOrNull(readString(tradeModel, 'minPrice')) ?? display?.min ?? listed.min,
    max: numberOrNull(readString(tradeModel, 'maxPrice')) ?? display?.max ?? listed.max,
  };
  const range = fromTrade.min !== null ? fromTrade : rangeOf(skus.map((s) => s.price));
  const rangePriced = readString(tradeModel, 'offerPriceModel.priceDisplayType') === 'rangePrice';
  return { ...range, tiers: rangePriced ? current : startTier(readString(tradeModel, 'beginAmount'), range.min) };
}

/**
 * Quantity tiers (起批量) come from the page only when the offer prices by quantity (`rangePrice`); a
 * SKU-priced offer's `currentPrices` are its cheapest and dearest SKU, so it gets one tier at its
 * starting quantity, as with __INIT_DATA.
 */
function startTier(beginAmount: string | null, min: number | null): ItemPage['priceTiers'] {
  const begin = numberOrNull(beginAmount);
  return min !== null && begin !== null && begin > 0 ? [{ minQuantity: begin, price: min }] : [];
}

function readTiers(list: unknown[]): ItemPage['priceTiers'] {
  return list.flatMap((p) => {
    const price = numberOrNull(readString(p, 'price'));
    return price === null ? [] : [{ minQuantity: numberOrNull(readString(p, 'beginAmount')) ?? 1, price }];
  });
}

/** Gallery module first; without it, the global offer model's image list (full-size `fullPathImageURI`). */
function readContextImages(gallery: unknown, globalModel: unknown, dataJson: unknown): string[] {
  const urls = [
    ...readArray(gallery, 'offerImgList').map((u) => readString(u)),
    ...readArray(gallery, 'mainImage').map((u) => readString(u) ?? readString(u, 'fullPathImageURI')),
  ];
  if (!urls.some(Boolean)) {
    urls.push(
      ...readArray(globalModel, 'offerDetail.imageList').map((i) => readString(i, 'fullPathImageURI')),
      ...readArray(dataJson, 'images').map((i) => readString(i, 'fullPathImageURI')),
    );
  }
  return [...new Set(urls.map((u) => absoluteUrl(u)).filter((u): u is string => !!u))];
}

/** Rendered page only (saved without its data, or a layout without embedded JSON). */
export function parse1688ItemDom(doc: ParentNode, url: string): ParseResult<ItemPage> {
  const itemId = offerIdFromUrl(url);
  const title = readText(doc, DETAIL_1688.title);
  const missing = [!itemId && 'offerId', !title && 'title'].filter((m): m is string => !!m);
  if (missing.length) return failed('商品页上没有找到商品数据（页面结构可能已变化）', missing);
  const page = emptyItemPage('1688', itemId!, url, 'dom');
  page.title = title!;
  const price = parsePrice(readText(doc, DETAIL_1688.price));
  page.priceMin = price?.min ?? null;
  page.priceMax = price?.max ?? null;
  page.shop = readText(doc, DETAIL_1688.company);
  page.images = [
    ...new Set(
      queryAllFirst(doc, DETAIL_1688.images)
        .map((img) => absoluteUrl(readImageSrc(img)))
        .filter((u): u is string => !!u),
    ),
  ];
  return parsed(page, page.priceMin === null ? ['没有读到价格'] : []);
}

/** `window.context = (function(b, c){…})(window.contextPath, {…})`: the literal, with numeric keys quoted. */
export function readContextLiteral(script: string): unknown {
  // The call's argument list `(window.contextPath, {…})`, not an earlier `window.contextPath = …`.
  const call = /\(\s*window\.contextPath\s*,/.exec(script);
  if (!call) return null;
  const start = script.indexOf('{', call.index);
  const end = start < 0 ? -1 : findMatchingBrace(script, start);
  if (end < 0) return null;
  try {
    return JSON.parse(quoteNumericKeys(script.slice(start, end + 1)));
  } catch {
    return null;
  }
}

/**
 * The literal is JavaScript, not JSON: `skuWeight:{5846845077736:0.103}` needs its numeric keys quoted.
 * Walks the text tracking string state, so a title containing `,3:4` or `{10:` is left as it is (a
 * regex over the whole text would rewrite it).
 */
export function quoteNumericKeys(literal: string): string {
  let out = '';
  let copied = 0;
  let inString = false;
  // True right after `{` or `,` outside a string (whitespace allowed): where an object key may start.
  let keyPosition = false;
  for (let i = 0; i < literal.length; i++) {
    const ch = literal[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      keyPosition = false;
    } else if (ch === '{' || ch === ',') {
      keyPosition = true;
    } else if (keyPosition && isDigit(ch)) {
      let end = i;
      while (end < literal.length && isDigit(literal[end]!)) end++;
      let colon = end;
      while (colon < literal.length && /\s/.test(literal[colon]!)) colon++;
      if (literal[colon] === ':') {
        out += `${literal.slice(copied, i)}"${literal.slice(i, end)}"`;
        copied = end;
      }
      i = end - 1;
      keyPosition = false;
    } else if (!/\s/.test(ch)) {
      keyPosition = false;
    }
  }
  return out + literal.slice(copied);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function readComponent(init: unknown, type: string): unknown {
  const data = at(init, 'data');
  if (!data || typeof data !== 'object') return undefined;
  for (const c of Object.values(data as Record<string, unknown>)) {
    if (readString(c, 'componentType') === type) return at(c, 'data');
  }
  return undefined;
}

/** `skuInfoMap`: `{ "红色&gt;M": {specAttrs, price, discountPrice, canBookCount} }` (an empty array when single-priced). */
function readSkuMap(map: unknown): ItemPage['skus'] {
  if (!map || typeof map !== 'object' || Array.isArray(map)) return [];
  return Object.entries(map as Record<string, unknown>).map(([key, sku]) => ({
    name: stripMarkup((readString(sku, 'specAttrs') ?? key).replace(/&gt;/g, '>')),
    price: parsePrice(readFirstString(sku, ['discountPrice', 'price']))?.min ?? null,
    stock: numberOrNull(readString(sku, 'canBookCount')),
  }));
}

function offerIdFromUrl(url: string): string | null {
  return /offer\/(\d+)\.html/.exec(url)?.[1] ?? /[?&]offerId=(\d+)/.exec(url)?.[1] ?? null;
}

/** Prices, counts and stock in the offer JSON: non-negative decimals only (lib/text/finite-number.ts). */
const numberOrNull = readNumberField;
