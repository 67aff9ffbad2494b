import type { ItemPage } from '../model/records';
import { parse1688ItemPage } from './1688/item';
import { failed, type ParseResult } from './parse-result';
import { detectPage } from './page-type';
import { parseTaobaoItemPage } from './taobao/item';

/** Parses an item page of any platform. Pure: document in, typed capture (without id and time) out. */
export function parseItemPage(doc: ParentNode, href: string): ParseResult<ItemPage> {
  const info = detectPage(href);
  if (info.kind !== 'item' || !info.platform) return failed('不是商品详情页', ['page kind']);
  try {
    return info.platform === '1688' ? parse1688ItemPage(doc, href) : parseTaobaoItemPage(doc, href, info.platform);
  } catch (error) {
    return failed(`解析出错：${error instanceof Error ? error.message : String(error)}`, []);
  }
}
