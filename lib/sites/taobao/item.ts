import type { ItemPage } from '../../model/records';
import { parsePrice } from '../../text/price';
import { parseSalesCount } from '../../text/sales';
import { readQueryParam } from '../../text/url-query';
import { indexCardParts } from '../class-parts';
import { extractDescriptionText } from '../description-text';
import { queryAllFirst, queryFirst, readImageSrc, readText } from '../dom-read';
import { readInlineScripts } from '../embedded-json';
import { emptyItemPage, uniqueBadges } from '../item-page';
import { failed, parsed, type ParseResult } from '../parse-result';
import { originalImageUrl, parseTaobaoItemData, readIceContext, readIceRes } from './item-data';
import { TAOBAO_ITEM, TAOBAO_ITEM_PARTS } from './selectors';

/**
 * Taobao and Tmall item pages. The SSR page (2025 →) embeds its data in the inline `__ICE_APP_CONTEXT__`
 * script, read first (real capture: Tmall item 617129397971, 2026-09); without it (saved without
 * scripts, another generation) the rendered DOM is read by logical class name, like result cards.
 */
export function parseTaobaoItemPage(doc: ParentNode, url: string, platform: 'taobao' | 'tmall'): ParseResult<ItemPage> {
  const description = extractDescriptionText(queryFirst(doc, TAOBAO_ITEM.description));
  const res = readIceResFromDocument(doc);
  if (res) {
    const result = parseTaobaoItemData(res, url, platform, 'ice');
    if (result.ok) return parsed({ ...result.value, description }, result.warnings);
  }
  return parseTaobaoItemDom(doc, url, platform, description);
}

/** `res` of the inline `__ICE_APP_CONTEXT__` script, or null when the page has none. */
export function readIceResFromDocument(doc: ParentNode): unknown {
  for (const script of readInlineScripts(doc)) {
    if (!script.includes('__ICE_APP_CONTEXT__')) continue;
    const res = readIceRes(readIceContext(script));
    if (res) return res;
  }
  return null;
}

/** The rendered page only (⚠ class names checked on the 2026-09 capture; older ones from public scrapers). */
export function parseTaobaoItemDom(
  doc: ParentNode,
  url: string,
  platform: 'taobao' | 'tmall',
  description: string | null = null,
): ParseResult<ItemPage> {
  const itemId = readItemId(url);
  const root = (doc as Document).body ?? (doc as Element);
  const { parts } = indexCardParts(root, Object.values(TAOBAO_ITEM_PARTS));
  const text = (name: string): string | null => parts.get(name)?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const title = text(TAOBAO_ITEM_PARTS.title);
  const missing = [!itemId && 'id', !title && 'title'].filter((m): m is string => !!m);
  if (missing.length) return failed('商品页上没有找到商品信息（可能还没加载完，或页面结构已变化）', missing);

  const page = emptyItemPage(platform, itemId!, url, 'dom');
  page.title = title!;
  const price = parsePrice(text(TAOBAO_ITEM_PARTS.price) ?? readText(doc, TAOBAO_ITEM.price));
  page.priceMin = price?.min ?? null;
  page.priceMax = price?.max ?? null;
  page.salesText = text(TAOBAO_ITEM_PARTS.sales);
  page.sales = parseSalesCount(page.salesText);
  page.shop = text(TAOBAO_ITEM_PARTS.shop);
  page.shipFrom = text(TAOBAO_ITEM_PARTS.shipFrom) ?? readText(doc, TAOBAO_ITEM.shipFrom);
  page.images = [
    ...new Set(
      queryAllFirst(doc, TAOBAO_ITEM.images)
        .map((el) => originalImageUrl(readImageSrc(el.tagName === 'IMG' ? el : el.querySelector('img'))))
        .filter((u): u is string => !!u),
    ),
  ];
  page.skus = queryAllFirst(doc, TAOBAO_ITEM.skus)
    .map((el) => ({ name: readSkuButtonName(el), price: null, stock: null }))
    .filter((s) => s.name);
  page.attributes = queryAllFirst(doc, TAOBAO_ITEM.attributes)
    .map((row) => {
      const cells = [...row.children].map((c) => c.textContent?.trim() ?? '');
      return { name: cells[0] ?? '', value: cells.slice(1).join(' ') };
    })
    .filter((a) => a.name);
  page.badges = uniqueBadges([platform === 'tmall' ? '天猫' : null, ...queryAllFirst(doc, TAOBAO_ITEM.badges).map((b) => b.textContent)]);
  page.description = description;
  return parsed(page, page.priceMin === null ? ['没有读到价格'] : []);
}

/**
 * A SKU button's name: its text part (2025 `valueItemText--`, with the name also in `title`), else the
 * button's own title or text. The corner tag (`cornerText--`, 推荐) sits in the same button and is not
 * part of the name.
 */
function readSkuButtonName(button: Element): string {
  const label = queryFirst(button, TAOBAO_ITEM.skuName);
  const fromLabel = label?.getAttribute('title') ?? label?.textContent;
  if (fromLabel?.trim()) return fromLabel.replace(/\s+/g, ' ').trim();
  const own = button.getAttribute('title');
  if (own?.trim()) return own.trim();
  const copy = button.cloneNode(true) as Element;
  for (const tag of copy.querySelectorAll(TAOBAO_ITEM.skuCorner.join(','))) tag.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function readItemId(url: string): string | null {
  try {
    return readQueryParam(new URL(url).search, 'id');
  } catch {
    return null;
  }
}
