import type { OwnListing } from '../../model/records';
import type { Platform } from '../../model/page';
import { parsePrice } from '../../text/price';
import { MANAGE_1688 } from '../1688/selectors';
import { readText } from '../dom-read';
import { failed, parsed, type ParseResult } from '../parse-result';
import { TAOBAO_MANAGE } from '../taobao/selectors';

export type ListingDraft = Omit<OwnListing, 'capturedAt' | 'benchmarkSnapshotId'>;

/**
 * The seller's own listings from the back-office list (1688 商品管理, Taobao 出售中的宝贝): one row per
 * item link; title, price, stock and status read from the row. An empty list is a valid result.
 */
export function parseOwnListings(doc: ParentNode, platform: Platform): ParseResult<ListingDraft[]> {
  const spec = platform === '1688' ? MANAGE_1688 : TAOBAO_MANAGE;
  const links = [...doc.querySelectorAll(spec.titleLink)];
  const seen = new Set<string>();
  const listings: ListingDraft[] = [];
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    const itemId = /offer\/(\d+)\.html/.exec(href)?.[1] ?? /[?&]id=(\d+)/.exec(href)?.[1];
    if (!itemId || seen.has(itemId)) continue;
    seen.add(itemId);
    const row = spec.row.map((s) => link.closest(s)).find((r) => r) ?? link.parentElement!;
    const stockText = readText(row, spec.stock);
    const stock = stockText ? Number(stockText.replace(/[^\d]/g, '')) : NaN;
    listings.push({
      key: `${platform}:${itemId}`,
      platform,
      itemId,
      title: (link.getAttribute('title') ?? link.textContent ?? '').replace(/\s+/g, ' ').trim(),
      price: parsePrice(readText(row, spec.price))?.min ?? null,
      stock: Number.isFinite(stock) && stockText ? stock : null,
      status: readText(row, spec.status),
    });
  }
  const hasTable = doc.querySelector('table, [class*="offer-list"], [class*="item-list"]') !== null;
  if (!listings.length && !hasTable) return failed('页面上没有找到商品列表（页面结构可能已变化，或还没加载完）', ['item rows']);
  return parsed(listings, listings.length ? [] : ['列表是空的']);
}
