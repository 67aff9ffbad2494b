import type { ItemPage } from '../../model/records';
import { parsePrice } from '../../text/price';
import { parseSalesCount } from '../../text/sales';
import { readQueryParam } from '../../text/url-query';
import { indexCardParts } from '../class-parts';
import { extractDescriptionText } from '../description-text';
import { queryAllFirst, queryFirst, readImageSrc } from '../dom-read';
import { emptyItemPage, uniqueBadges } from '../item-page';
import { absoluteUrl } from '../json-read';
import { failed, parsed, type ParseResult } from '../parse-result';
import { TAOBAO_ITEM, TAOBAO_ITEM_PARTS } from './selectors';

/**
 * Taobao and Tmall item pages from the rendered DOM (⚠ structure from public scrapers, no capture seen;
 * tested on labelled synthetic pages). Parts are found by logical class name, like result cards.
 */
export function parseTaobaoItemPage(doc: ParentNode, url: string, platform: 'taobao' | 'tmall'): ParseResult<ItemPage> {
  const itemId = readQueryParam(new URL(url).search, 'id');
  const root = (doc as Document).body ?? (doc as Element);
  const { parts } = indexCardParts(root, Object.values(TAOBAO_ITEM_PARTS));
  const text = (name: string): string | null => parts.get(name)?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const title = text(TAOBAO_ITEM_PARTS.title);
  const missing = [!itemId && 'id', !title && 'title'].filter((m): m is string => !!m);
  if (missing.length) return failed('商品页上没有找到商品信息（可能还没加载完，或页面结构已变化）', missing);

  const page = emptyItemPage(platform, itemId!, url, 'dom');
  page.title = title!;
  const price = parsePrice(text(TAOBAO_ITEM_PARTS.price));
  page.priceMin = price?.min ?? null;
  page.priceMax = price?.max ?? null;
  page.salesText = text(TAOBAO_ITEM_PARTS.sales);
  page.sales = parseSalesCount(page.salesText);
  page.shop = text(TAOBAO_ITEM_PARTS.shop);
  page.shipFrom = text(TAOBAO_ITEM_PARTS.shipFrom);
  page.images = [
    ...new Set(
      queryAllFirst(doc, TAOBAO_ITEM.images)
        .map((el) => absoluteUrl(readImageSrc(el.tagName === 'IMG' ? el : el.querySelector('img')))?.replace(/_\d+x\d+q?\d*\.jpg.*$/, ''))
        .filter((u): u is string => !!u),
    ),
  ];
  page.skus = queryAllFirst(doc, TAOBAO_ITEM.skus)
    .map((el) => ({ name: (el.getAttribute('title') ?? el.textContent ?? '').trim(), price: null, stock: null }))
    .filter((s) => s.name);
  page.attributes = queryAllFirst(doc, TAOBAO_ITEM.attributes)
    .map((row) => {
      const cells = [...row.children].map((c) => c.textContent?.trim() ?? '');
      return { name: cells[0] ?? '', value: cells.slice(1).join(' ') };
    })
    .filter((a) => a.name);
  page.badges = uniqueBadges([platform === 'tmall' ? '天猫' : null, ...queryAllFirst(doc, TAOBAO_ITEM.badges).map((b) => b.textContent)]);
  page.description = extractDescriptionText(queryFirst(doc, TAOBAO_ITEM.description));
  return parsed(page, page.priceMin === null ? ['没有读到价格'] : []);
}
