import type { Platform } from '../../model/page';
import type { PaidKeywordDraft } from '../../model/records';
import { parse1688SellerOrders } from '../1688/orders';
import { parseTaobaoSoldOrders } from '../taobao/orders';
import type { ObservedEntry } from '../observed-response';
import { detectPage } from '../page-type';
import { failed, guardParse, parsed, type ParseResult } from '../parse-result';
import { parseOwnListings, type ListingDraft } from './listings';
import { marketSearchPageOf, parseMarketSearchPage, readPagePeriod } from './market-page';
import { parseSycmKeywords, parseSycmOverview, readPeriod, type MetricDraft } from './sycm';
import { parseMetricTable, parseOrderTable, readTableRows, type OrderDraft } from './tables';

export interface BackofficeCapture {
  listings: ListingDraft[];
  metrics: MetricDraft[];
  orders: OrderDraft[];
  /** Paid keyword report rows: only imports have them (直通车 / 网销宝 exports). */
  paid: PaidKeywordDraft[];
  /** Where the records came from, for the user ("1688 商品管理", "生意参谋 搜索词" …). */
  sources: string[];
}

/**
 * A back-office page of the seller's own shop: listings (商品管理 / 出售中), analytics (生意参谋: the
 * page's own JSON, else its tables; 市场 搜索分析 / 搜索排行: the rendered search-term table, never the
 * transformed market responses) or sold orders (the page's order-list responses, else its tables).
 */
export function parseBackofficePage(doc: ParentNode, href: string, observed: readonly ObservedEntry[]): ParseResult<BackofficeCapture> {
  // The same last guard as the search and item parsers (a page nested thousands deep overflows the stack).
  return guardParse(() => readBackofficePage(doc, href, observed));
}

function readBackofficePage(doc: ParentNode, href: string, observed: readonly ObservedEntry[]): ParseResult<BackofficeCapture> {
  const info = detectPage(href);
  const platform: Platform = info.platform ?? (/1688\.com/.test(href) ? '1688' : 'taobao');
  const capture: BackofficeCapture = { listings: [], metrics: [], orders: [], paid: [], sources: [] };
  const warnings: string[] = [];

  if (info.kind === 'backoffice-list') {
    const listings = parseOwnListings(doc, platform);
    if (!listings.ok) return listings as ParseResult<BackofficeCapture>;
    capture.listings = listings.value;
    capture.sources.push(platform === '1688' ? '1688 商品管理' : '出售中的宝贝');
    warnings.push(...listings.warnings);
  }

  for (const entry of observed) {
    const keywords = parseSycmKeywords(entry.json, entry.requestUrl, platform);
    if (keywords?.length) {
      capture.metrics.push(...keywords);
      capture.sources.push('生意参谋 搜索词');
      continue;
    }
    const overview = parseSycmOverview(entry.json, entry.requestUrl, platform);
    if (overview) {
      capture.metrics.push(overview);
      capture.sources.push('生意参谋 核心数据');
      continue;
    }
    const orders = parse1688SellerOrders(entry.json);
    if (orders?.orders.length) {
      capture.orders.push(...orders.orders);
      capture.sources.push('1688 已卖出的货品');
      continue;
    }
    const sold = parseTaobaoSoldOrders(entry.json);
    if (sold?.orders.length) {
      capture.orders.push(...sold.orders);
      capture.sources.push('已卖出的宝贝');
    }
  }

  // 市场 search pages: the search-term table as rendered (the page's responses are transformed in transit).
  const market = info.kind === 'analytics' ? marketSearchPageOf(href) : null;
  let marketFailure: ParseResult<BackofficeCapture> | null = null;
  if (market) {
    const terms = parseMarketSearchPage(doc, href, platform, market.label);
    if (terms.ok) {
      capture.metrics.push(...terms.value);
      capture.sources.push(market.label);
      warnings.push(...terms.warnings);
    } else marketFailure = failed(terms.reason, terms.missing);
  }

  // Tables on the page: analytics tables and sold-order lists rendered as HTML.
  if ((info.kind === 'analytics' && !market) || info.kind === 'orders') {
    // The URL's dateRange, else the dates the page shows, else the URL's dateType (recent7 …) as before. Read
    // once, and only for a metrics table: finding dates on the page scans its text, and order lists need none.
    let tablePeriod: ReturnType<typeof readPeriod> | null = null;
    const periodOfTables = (): ReturnType<typeof readPeriod> => {
      if (tablePeriod) return tablePeriod;
      const fromUrl = readPeriod(href);
      tablePeriod = /^\d{4}-/.test(fromUrl.periodStart) ? fromUrl : (readPagePeriod(doc, href) ?? fromUrl);
      return tablePeriod;
    };
    for (const table of doc.querySelectorAll('table')) {
      const rows = readTableRows(table);
      if (info.kind === 'analytics') {
        const metrics = parseMetricTable(rows, platform, 'table', periodOfTables());
        if (metrics.ok && metrics.value.length) {
          capture.metrics.push(...metrics.value);
          capture.sources.push('生意参谋 表格');
        }
      } else {
        const orders = parseOrderTable(rows, platform);
        if (orders.ok && orders.value.length) {
          capture.orders.push(...orders.value);
          capture.sources.push('已卖出订单 表格');
        }
      }
    }
  }

  capture.orders = dedupeBy(capture.orders, (o) => o.key);
  capture.metrics = dedupeBy(capture.metrics, (m) => `${m.scope}|${m.subject}|${m.periodStart}|${m.periodEnd}`);
  capture.sources = [...new Set(capture.sources)];
  if (!capture.listings.length && !capture.metrics.length && !capture.orders.length && info.kind !== 'backoffice-list') {
    if (marketFailure) return marketFailure;
    return failed('这个页面上没有找到可以采集的后台数据（等页面数据加载完再试，或页面结构已变化）', ['listings / metrics / orders']);
  }
  return parsed(capture, warnings);
}

function dedupeBy<T>(list: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of list) seen.set(key(item), item);
  return [...seen.values()];
}
