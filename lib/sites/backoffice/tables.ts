import type { Order } from '../../model/records';
import type { Platform } from '../../model/page';
import { parseNumberCell } from '../../text/number-cell';
import { parsePercent } from '../../text/percent';
import { readProvince } from '../../text/province';
import { failed, parsed, type ParseResult } from '../parse-result';
import type { MetricDraft } from './sycm';

export type OrderDraft = Omit<Order, 'capturedAt'>;

/** Header synonyms seen in 生意参谋 / 商品效果 / 搜索词 exports and back-office tables. */
const METRIC_HEADERS = {
  itemId: ['商品ID', '商品id', '宝贝ID', '商品编号', 'offerId'],
  title: ['商品名称', '商品标题', '宝贝标题', '标题'],
  term: ['搜索词', '关键词', '来源关键词'],
  exposure: ['曝光量', '曝光次数', '曝光', '展现量', '展现次数', '搜索曝光'],
  clicks: ['点击量', '点击次数', '点击数', '浏览量'],
  visitors: ['访客数', '商品访客数'],
  ctr: ['点击率'],
  conversion: ['支付转化率', '转化率'],
  payingBuyers: ['支付买家数'],
  amount: ['支付金额'],
  searchIndex: ['搜索指数', '搜索人气'],
  competingItems: ['在线商品数', '全网商品数', '商品数'],
} as const;

const ORDER_HEADERS = {
  orderId: ['订单号', '订单编号'],
  buyer: ['买家', '买家会员名', '买家昵称'],
  createdAt: ['下单时间', '创建时间', '订单创建时间'],
  amount: ['实收款', '实付款', '订单金额', '买家实际支付金额'],
  status: ['交易状态', '订单状态'],
  province: ['收货地区', '收货省份', '收货地址'],
  items: ['宝贝数量', '商品数量', '商品种类'],
} as const;

function locate<K extends string>(header: readonly string[], spec: Record<K, readonly string[]>): Record<K, number> {
  const clean = header.map((h) => h.replace(/\s+/g, '').replace(/^\uFEFF/, ''));
  return Object.fromEntries(
    Object.entries(spec).map(([key, names]) => [
      key,
      clean.findIndex((h) => (names as readonly string[]).some((n) => h === n || h.startsWith(n))),
    ]),
  ) as Record<K, number>;
}

const num = parseNumberCell;

/**
 * Metrics from a table (a downloaded CSV/XLSX export or a back-office table in the DOM): the scope comes
 * from the columns (商品ID → item, 搜索词 → term). Fails naming the missing column.
 */
export function parseMetricTable(
  rows: readonly string[][],
  platform: Platform,
  source: string,
  period: { periodStart: string; periodEnd: string },
): ParseResult<MetricDraft[]> {
  const headerIndex = rows.findIndex((r) => {
    const c = locate(r, METRIC_HEADERS);
    return c.itemId >= 0 || c.term >= 0;
  });
  if (headerIndex < 0) return failed('表格里没有“商品ID”或“搜索词”列，无法识别', ['商品ID / 搜索词']);
  const c = locate(rows[headerIndex]!, METRIC_HEADERS);
  const scope = c.itemId >= 0 ? 'item' : 'term';
  const out: MetricDraft[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const subject = (row[scope === 'item' ? c.itemId : c.term] ?? '').trim();
    if (!subject) continue;
    const get = (k: keyof typeof METRIC_HEADERS): string | undefined => (c[k] >= 0 ? row[c[k]] : undefined);
    const exposure = num(get('exposure'));
    const clicks = num(get('clicks'));
    const visitors = num(get('visitors'));
    const payingBuyers = num(get('payingBuyers'));
    const ctrCell = get('ctr');
    const cvrCell = get('conversion');
    out.push({
      platform,
      scope,
      subject,
      ...period,
      exposure,
      visitors,
      clicks,
      ctr:
        ctrCell !== undefined
          ? parsePercent(ctrCell, !ctrCell.includes('.') || Number(ctrCell) > 1)
          : clicks !== null && exposure
            ? clicks / exposure
            : null,
      conversion:
        cvrCell !== undefined
          ? parsePercent(cvrCell, !cvrCell.includes('.') || Number(cvrCell) > 1)
          : payingBuyers !== null && visitors
            ? payingBuyers / visitors
            : null,
      payingBuyers,
      amount: num(get('amount')),
      searchIndex: num(get('searchIndex')),
      competingItems: num(get('competingItems')),
      title: get('title')?.trim() || null,
      source,
    });
  }
  return parsed(out, out.length ? [] : ['表格没有数据行']);
}

/** Sold orders from a table (Taobao 已卖出的宝贝 rows, or an order export). Times are read as China time. */
export function parseOrderTable(rows: readonly string[][], platform: Platform): ParseResult<OrderDraft[]> {
  const headerIndex = rows.findIndex((r) => {
    const c = locate(r, ORDER_HEADERS);
    return c.orderId >= 0 && c.buyer >= 0;
  });
  if (headerIndex < 0) return failed('表格里没有“订单号”和“买家”列，无法识别', ['订单号', '买家']);
  const c = locate(rows[headerIndex]!, ORDER_HEADERS);
  const orders: OrderDraft[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const orderId = (row[c.orderId] ?? '').replace(/\D/g, '');
    const createdAt = parseChinaTime(row[c.createdAt] ?? '');
    if (!orderId || createdAt === null) continue;
    const items = c.items >= 0 ? num(row[c.items]) : null;
    orders.push({
      key: `${platform}:${orderId}`,
      platform,
      orderId,
      buyer: (row[c.buyer] ?? '').trim(),
      createdAt,
      paidAt: null,
      status: c.status >= 0 ? (row[c.status] ?? '').trim() : '',
      amount: c.amount >= 0 ? num(row[c.amount]) : null,
      itemCount: items ?? 1,
      itemIds: [],
      province: c.province >= 0 ? readProvince(row[c.province]) : null,
    });
  }
  return parsed(orders, orders.length ? [] : ['表格没有订单']);
}

/** "2026-08-12 10:21:33" (or with /) in China time → epoch ms; null when unreadable. */
export function parseChinaTime(text: string): number | null {
  const m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!m) return null;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0) - 8, +(m[5] ?? 0), +(m[6] ?? 0));
}

/** Rows of an HTML table as text cells (header row included). */
export function readTableRows(table: Element): string[][] {
  return [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );
}
