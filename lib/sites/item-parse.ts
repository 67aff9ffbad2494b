import type { ItemPage } from '../model/records';
import { parse1688Context, parse1688InitData, parse1688ItemPage } from './1688/item';
import { readItemPage } from './general/read-item-page';
import { fitItemPage } from './fit-limits';
import { at, readString } from './json-read';
import { failed, guardParse, type ParseResult } from './parse-result';
import { detectPage } from './page-type';
import { parseTaobaoItemPage } from './taobao/item';
import { isTaobaoItemRes, parseTaobaoItemData, parseTaobaoItemResponse, readIceRes } from './taobao/item-data';

/**
 * Parses an item page of any platform: the page's own item response when one was observed, its embedded data
 * and our selectors, then the general reader (what a person sees, lib/sites/general/read-item-page.ts) when
 * they find nothing. Pure: document in, typed capture
 * (without id and time) out.
 */
export function parseItemPage(doc: ParentNode, href: string, observed: readonly unknown[] = []): ParseResult<ItemPage> {
  return fitResult(readItem(doc, href, observed));
}

function readItem(doc: ParentNode, href: string, observed: readonly unknown[]): ParseResult<ItemPage> {
  const info = detectPage(href);
  if (info.kind !== 'item' || !info.platform) return failed('不是商品详情页', ['page kind']);
  const platform = info.platform;
  return guardParse((): ParseResult<ItemPage> => {
    // The page's own item response (Taobao/Tmall pcdetail), newest first, when it is about this item.
    if (platform !== '1688') {
      for (const json of [...observed].reverse()) {
        const fromResponse = parseTaobaoItemResponse(json, href, platform);
        if (fromResponse.ok && fromResponse.value.itemId === info.itemId) return fromResponse;
      }
    }
    const known = platform === '1688' ? parse1688ItemPage(doc, href) : parseTaobaoItemPage(doc, href, platform);
    if (known.ok || !(doc as Document).body) return known;
    const general = readItemPage(doc as Document, href);
    return general.ok && general.value.priceMin !== null ? general : known;
  });
}

/**
 * A saved item-page JSON file, recognised by its shape:
 * - 1688 `window.__INIT_DATA` (`{data: {<componentId>: {componentType, data}}, globalData}`) → __INIT_DATA;
 * - 1688 `window.context` model (`{result: {data, global}}`) → context;
 * - Taobao/Tmall `__ICE_APP_CONTEXT__` (`{loaderData: {home: {data: {res}}}}`) or its `res` → ice;
 * - the `mtop.taobao.pcdetail.data.get` response (`{data: res, ret}`) → pcdetail.
 * Null when the JSON is none of these (e.g. a search response), so the caller can try its other readers.
 *
 * `href` is the page's address when known; when it is not an http(s) URL (a file name) the item's
 * canonical address is used instead.
 */
export function parseItemJson(json: unknown, href: string): ParseResult<ItemPage> | null {
  const result = readItemJson(json, href);
  return result && fitResult(result);
}

/** Every item page leaves the parsers cut to the stored limits, with platform images only. */
function fitResult(result: ParseResult<ItemPage>): ParseResult<ItemPage> {
  return result.ok ? { ...result, value: fitItemPage(result.value) } : result;
}

function readItemJson(json: unknown, href: string): ParseResult<ItemPage> | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const web = /^https?:\/\//i.test(href.trim()) ? href.trim() : null;
  return guardParse((): ParseResult<ItemPage> | null => {
    if (is1688InitData(json)) return parse1688InitData(json, web ?? url1688(readString(json, 'globalData.tempModel.offerId')));
    if (is1688Context(json))
      return parse1688Context(json, web ?? url1688(readString(json, 'result.data.Root.fields.dataJson.tempModel.offerId')));
    const ice = readIceRes(json);
    if (ice) return parseTaobaoItemData(ice, web ?? taobaoUrl(ice), taobaoPlatform(ice, web), 'ice');
    const data = at(json, 'data');
    if (isTaobaoItemRes(data)) return parseTaobaoItemData(data, web ?? taobaoUrl(data), taobaoPlatform(data, web), 'pcdetail');
    if (isTaobaoItemRes(json)) return parseTaobaoItemData(json, web ?? taobaoUrl(json), taobaoPlatform(json, web), 'ice');
    return null;
  });
}

function is1688InitData(json: object): boolean {
  const data = at(json, 'data');
  if (!at(json, 'globalData') || !data || typeof data !== 'object') return false;
  return Object.values(data as Record<string, unknown>).some((c) => readString(c, 'componentType') !== null);
}

function is1688Context(json: object): boolean {
  return !!at(json, 'result.data') && (!!at(json, 'result.global') || !!at(json, 'result.data.Root'));
}

function url1688(offerId: string | null): string {
  return offerId ? `https://detail.1688.com/offer/${offerId}.html` : '';
}

/**
 * Tmall or Taobao: the address says so when there is one; otherwise the shop type (`sellerType` "B" =
 * 天猫商家, "C" = 淘宝集市, as in the 2026 capture and public responses).
 */
function taobaoPlatform(res: unknown, href: string | null): 'taobao' | 'tmall' {
  if (href) {
    const info = detectPage(href);
    if (info.platform === 'tmall' || info.platform === 'taobao') return info.platform;
  }
  return readString(res, 'seller.sellerType') === 'B' ? 'tmall' : 'taobao';
}

function taobaoUrl(res: unknown): string {
  const id = readString(res, 'item.itemId');
  if (!id) return '';
  return readString(res, 'seller.sellerType') === 'B'
    ? `https://detail.tmall.com/item.htm?id=${id}`
    : `https://item.taobao.com/item.htm?id=${id}`;
}
