import { LIMITS } from '../../model/limits';
import type { Order, PaidKeywordDraft } from '../../model/records';
import type { Platform } from '../../model/page';
import { chinaTimeMs, isRealDate } from '../../text/china-date';
import { readProvince } from '../../text/province';
import { failed, parsed, type ParseResult } from '../parse-result';
import {
  bareRateNote,
  bareRateValue,
  cleanCell,
  decideBareRateScale,
  isScientific,
  readChinaDateTime,
  readCount,
  readDiscount,
  readMoney,
  readNonNegative,
  readPeriodCell,
  readRate,
  type BareRateScale,
  type CellRead,
} from './cell-checks';
import { cellProblem, describeRowIssues, importSummary, type RowIssue } from './import-report';
import { ratio } from '../../analysis/stats';
import type { MetricDraft } from './sycm';

export type OrderDraft = Omit<Order, 'capturedAt'>;

/**
 * Header synonyms seen in 生意参谋 / 商品效果 / 搜索词 exports and back-office tables. Exact names win
 * over prefixes (so 买家会员名 is the buyer, not 买家实际支付金额), in the order listed.
 */
const METRIC_HEADERS = {
  itemId: ['商品ID', '商品id', '宝贝ID', '商品编号', 'offerId'],
  title: ['商品名称', '商品标题', '宝贝标题', '标题'],
  term: ['搜索词', '关键词', '来源关键词', '长尾词'],
  period: ['统计日期', '统计周期', '统计时间', '日期'],
  exposure: ['曝光量', '曝光次数', '商品曝光量', '曝光', '展现量', '展现次数', '搜索曝光'],
  clicks: ['点击量', '点击次数', '点击数', '浏览量', '商品浏览量'],
  visitors: ['访客数', '商品访客数'],
  ctr: ['点击率', '商品点击率'],
  conversion: ['支付转化率', '商品支付转化率', '转化率'],
  payingBuyers: ['支付买家数'],
  amount: ['支付金额'],
  searchIndex: ['搜索指数', '搜索人气'],
  competingItems: ['在线商品数', '全网商品数', '商品数'],
  // 生意参谋 市场 → 搜索分析 / 搜索排行 columns (domain-rules.md §4), as the pages and their downloads name them.
  searchShare: ['搜索人数占比', '搜索占比'],
  searchHeat: ['搜索热度'],
  clickPopularity: ['点击人气'],
  clickHeat: ['点击热度'],
  tradeIndex: ['交易指数'],
  mallClickShare: ['商城点击占比', '天猫点击占比'],
  ztcPrice: ['直通车参考价', '直通车平均点击单价', '参考价'],
} as const;

/** Columns only a market table has: a 搜索词 table with these and none of MY_SHOP_FIGURES is scope "market". */
const MARKET_FIGURES = [
  'searchIndex',
  'competingItems',
  'searchShare',
  'searchHeat',
  'clickPopularity',
  'clickHeat',
  'tradeIndex',
  'mallClickShare',
  'ztcPrice',
] as const;

/** Columns that count what happened in my shop: a 搜索词 table with any of these is my own (scope "term"). */
const MY_SHOP_FIGURES = ['exposure', 'clicks', 'visitors', 'payingBuyers', 'amount'] as const;

/**
 * 生意参谋 市场's 点击率 is clicks per searcher and can pass 100 % (domain-rules.md §4: 口红 125.28 %); ten
 * clicks per searcher is far beyond anything real, so a market click rate up to 1000 % is taken.
 */
const MARKET_CTR_MAX = 10;

/** The columns that make a metrics table worth reading (besides its subject column). */
const METRIC_FIGURES = [...MY_SHOP_FIGURES, 'ctr', 'conversion', ...MARKET_FIGURES] as const;

/**
 * Paid-search keyword reports as 直通车 (Taobao/Tmall) and 网销宝 (1688) export them: 展现量/花费 on 直通车,
 * 曝光量/消耗 on 网销宝. Exact names win over prefixes, in the order listed (总成交金额 before 直接成交金额).
 */
const PAID_HEADERS = {
  keyword: ['关键词', '关键字', '推广关键词', '买词', '搜索词'],
  period: ['日期', '统计日期', '时间', '统计时间'],
  campaign: ['计划名称', '推广计划', '推广计划名称', '计划名', '计划'],
  unit: ['推广单元', '推广单元名称', '单元名称', '推广宝贝', '宝贝名称', '宝贝标题', '推广商品', '商品名称', '商品标题'],
  impressions: ['展现量', '曝光量', '展现次数', '曝光次数', '展现数', '曝光数'],
  clicks: ['点击量', '点击次数', '点击数'],
  cost: ['花费', '消耗', '总花费', '消耗金额', '推广消耗', '推广花费', '花费金额'],
  orders: ['成交笔数', '总成交笔数', '成交订单数', '直接成交笔数', '订单数', '成交单数'],
  amount: ['成交金额', '总成交金额', '直接成交金额', '交易金额', '成交额'],
  // Read only to recognise the report: each is derived again from the counts (so every window is consistent).
  ctr: ['点击率'],
  cpc: ['平均点击花费', '平均点击扣费', '平均点击单价', 'PPC', 'CPC'],
  roi: ['投入产出比', 'ROI'],
} as const;

const ORDER_HEADERS = {
  orderId: ['订单号', '订单编号'],
  buyer: ['买家', '买家会员名', '买家昵称'],
  createdAt: ['下单时间', '创建时间', '订单创建时间'],
  paidAt: ['付款时间', '订单付款时间', '支付时间'],
  amount: ['实收款', '实付款', '订单金额', '买家实际支付金额'],
  status: ['交易状态', '订单状态'],
  province: ['收货地区', '收货省份', '收货地址'],
  items: ['宝贝总数量', '宝贝数量', '商品数量', '购买数量', '数量', '商品种类'],
  itemIds: ['商品ID', '宝贝ID', 'offerId'],
  itemTitles: ['宝贝标题', '商品标题', '货品标题', '商品名称', '宝贝名称', '货品名称', '标题'],
  // Discounts by who gives them (seed 002: 优惠券使用情况，店铺跟平台的); 商家 is what some reports call the shop.
  shopDiscount: ['店铺优惠', '店铺优惠金额', '商家优惠', '商家优惠金额', '商家优惠折扣', '卖家优惠', '店铺优惠券'],
  platformDiscount: ['平台优惠', '平台优惠金额', '平台优惠折扣', '平台补贴', '平台券', '天猫卡券抵扣'],
  coupon: ['优惠券', '优惠券金额', '优惠券抵扣', '使用优惠券', '红包抵扣'],
  discountTotal: ['优惠金额', '优惠总额', '优惠合计', '总优惠', '订单优惠', '优惠总金额', '折扣金额'],
} as const;

/**
 * An order's item titles as an optional field: one per order line, cut to the schema's limits; absent when
 * no line has a title (the field then says "the source had none", not "no items").
 */
export function withTitles(titles: readonly string[]): { itemTitles?: string[] } {
  const kept = titles.map((t) => t.replace(/\s+/g, ' ').trim().slice(0, LIMITS.title)).slice(0, LIMITS.orderLines);
  return kept.some(Boolean) ? { itemTitles: kept } : {};
}

/** "6845, 6846；6847" → the parts of a cell that lists several values. */
function splitCellList(cell: string | undefined): string[] {
  return cleanCell(cell)
    .split(/[\s,，;；、]+/)
    .map((part) => cleanCell(part))
    .filter(Boolean);
}

/** The discount columns of an order table, by the field of OrderDiscounts each fills. */
const DISCOUNT_COLUMNS = { shop: 'shopDiscount', platform: 'platformDiscount', coupon: 'coupon', total: 'discountTotal' } as const;

type Columns<K extends string> = Record<K, number>;

function headerName(cell: string | undefined): string {
  return cleanCell(cell).replace(/\s+/g, '');
}

/** Column of each key: exact header names first, then names that start with a synonym ("实付款(元)"). */
function locate<K extends string>(header: readonly string[], spec: Record<K, readonly string[]>): Columns<K> {
  const names = [...header].map((h) => headerName(h).toLowerCase());
  const taken = new Set<number>();
  const out = {} as Columns<K>;
  const keys = Object.keys(spec) as K[];
  for (const key of keys) {
    const col = spec[key].map((n) => names.indexOf(n.toLowerCase())).find((i) => i >= 0 && !taken.has(i)) ?? -1;
    out[key] = col;
    if (col >= 0) taken.add(col);
  }
  for (const key of keys) {
    if (out[key] >= 0) continue;
    const col = spec[key].map((n) => names.findIndex((h, i) => !taken.has(i) && h.startsWith(n.toLowerCase()))).find((i) => i >= 0);
    out[key] = col ?? -1;
    if (col !== undefined) taken.add(col);
  }
  return out;
}

/** metrics: 生意参谋 商品/搜索词 tables; orders: order reports; paid: 直通车 / 网销宝 keyword reports. */
export type TableKind = 'metrics' | 'orders' | 'paid';

/** A header is looked for in the first rows only: exports put at most a few title lines above it. */
const HEADER_SEARCH_ROWS = 50;

function isHeaderOf(kind: TableKind, row: readonly string[]): boolean {
  if (kind === 'orders') {
    const c = locate(row, ORDER_HEADERS);
    return c.orderId >= 0 && c.buyer >= 0;
  }
  if (kind === 'paid') {
    // Money spent on a keyword is what only a paid report has (a 搜索词 table also has 关键词 and 展现量).
    const c = locate(row, PAID_HEADERS);
    return c.keyword >= 0 && c.cost >= 0 && (c.impressions >= 0 || c.clicks >= 0);
  }
  const c = locate(row, METRIC_HEADERS);
  return (c.itemId >= 0 || c.term >= 0) && METRIC_FIGURES.some((k) => c[k] >= 0);
}

function findHeader(rows: readonly (readonly string[])[], kind: TableKind): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) if (isHeaderOf(kind, rows[i] ?? [])) return i;
  return -1;
}

/**
 * Which kind of table the rows hold and the index of its header row; null when none. An order table
 * (订单号 and 买家 in one row) is unambiguous, so it is tried first; a paid report before metrics, whose
 * 关键词 + 展现量 it also has.
 */
export function findTableHeader(rows: readonly (readonly string[])[]): { kind: TableKind; index: number } | null {
  for (const kind of ['orders', 'paid', 'metrics'] as const) {
    const index = findHeader(rows, kind);
    if (index >= 0) return { kind, index };
  }
  return null;
}

/** The 统计日期-like column of a metrics table whose header is at `index`, or -1. */
export function metricPeriodColumn(rows: readonly (readonly string[])[], index: number): number {
  return locate(rows[index] ?? [], METRIC_HEADERS).period;
}

/** The 日期 column of a paid report whose header is at `index`, or -1. */
export function paidPeriodColumn(rows: readonly (readonly string[])[], index: number): number {
  return locate(rows[index] ?? [], PAID_HEADERS).period;
}

/** Where each metrics column is in a header row (-1: not there). */
export function metricColumnsOf(header: readonly string[]): Record<keyof typeof METRIC_HEADERS, number> {
  return locate(header, METRIC_HEADERS);
}

/** Whether a metrics header row is a market search-term table (scope "market"): see MARKET_FIGURES. */
function isMarketHeader(c: Columns<keyof typeof METRIC_HEADERS>): boolean {
  return c.itemId < 0 && c.term >= 0 && MARKET_FIGURES.some((k) => c[k] >= 0) && !MY_SHOP_FIGURES.some((k) => c[k] >= 0);
}

/** What a table reader found: the records plus everything to tell the user about the rows it left out. */
export type TableRead<T> = {
  records: T[];
  /** Spreadsheet number of each record's row, in the same order. */
  rowNumbers: number[];
  /** Spreadsheet number (1-based) of the header row. */
  headerRow: number;
  /** Rows below the header that hold anything: what the user counts as rows of data. */
  dataRows: number;
  /** Problems by row (row numbers as the spreadsheet shows them). */
  issues: RowIssue[];
  /** Notes about how columns were read (e.g. rates written without %). */
  notes: string[];
};

/** Reading one row: its spreadsheet number, cells, header names and where its issues go. */
type RowReader = {
  n: number;
  row: readonly string[];
  header: readonly string[];
  issues: RowIssue[];
  skip: boolean;
};

/** A cell by a checked reader; a bad cell skips the row, or only blanks the field when `effect` is 'blank'. */
function field<T>(r: RowReader, col: number, read: (cell: string | undefined) => CellRead<T>, effect: 'skip' | 'blank' = 'skip'): T | null {
  if (col < 0) return null;
  const cell = r.row[col];
  const result = read(cell);
  if (result.ok) return result.value;
  r.issues.push({ row: r.n, text: cellProblem(headerName(r.header[col]), cleanCell(cell), result.problem), effect });
  if (effect === 'skip') r.skip = true;
  return null;
}

function rowIssue(r: RowReader, text: string): void {
  r.issues.push({ row: r.n, text, effect: 'skip' });
  r.skip = true;
}

const isBlankRow = (row: readonly string[]): boolean => row.every((c) => cleanCell(c) === '');
const sameRow = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((c, i) => cleanCell(c) === cleanCell(b[i]));

/** Non-empty cells beyond the header: the row was split somewhere (an unquoted comma in a title). */
const extraCells = (row: readonly string[], header: readonly string[]): number =>
  row.slice(header.length).filter((c) => cleanCell(c) !== '').length;

/**
 * A row wider than its header has its values shifted: it is skipped with that one reason (the bad cells
 * that follow from the shift would only be noise). Returns whether the row is usable.
 */
function checkWidth(r: RowReader): boolean {
  const extra = extraCells(r.row, r.header);
  if (extra > 0) rowIssue(r, `比表头多出 ${extra} 格（可能某一格里有没加引号的逗号，整行错位）`);
  return extra === 0;
}

/** Sum rows (合计/总计) at the foot of sycm exports are not a subject of their own. */
function isTotalRow(row: readonly string[]): boolean {
  return row.slice(0, 3).some((c) => /^(合计|总计|汇总|全部)$/.test(cleanCell(c)));
}

/** The rows of the table below its header, each with its spreadsheet number; blank rows and repeated headers are left out. */
function* dataRowsOf(rows: readonly (readonly string[])[], headerIndex: number): Generator<{ n: number; row: readonly string[] }> {
  const header = rows[headerIndex] ?? [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    if (isBlankRow(row) || sameRow(row, header)) continue;
    yield { n: i + 1, row };
  }
}

/** What one table row reads to: its record, the key two rows must not share, and what to say when they do. */
type RowRead<T> = { record: T; key: string; duplicate: (firstRow: number) => string };

/**
 * The loop every table reader shares: each data row below the header is counted, a sum row (合计, when
 * `totalOf` names what a row is) or a row wider than its header is skipped with its reason, the rest go to
 * `read` (null, or an issue on the row, skips it), and a row whose key an earlier row had is skipped as a repeat.
 */
function readRows<T>(
  rows: readonly (readonly string[])[],
  headerIndex: number,
  read: (r: RowReader) => RowRead<T> | null,
  options: { totalOf?: string; notes?: string[] } = {},
): TableRead<T> {
  const header = rows[headerIndex]!;
  const issues: RowIssue[] = [];
  const records: T[] = [];
  const rowNumbers: number[] = [];
  const seen = new Map<string, number>();
  let dataRows = 0;
  for (const { n, row } of dataRowsOf(rows, headerIndex)) {
    dataRows++;
    const r: RowReader = { n, row, header, issues, skip: false };
    if (options.totalOf && isTotalRow(row)) {
      rowIssue(r, `是合计行，不是单个${options.totalOf}`);
      continue;
    }
    if (!checkWidth(r)) continue;
    const got = read(r);
    if (!got || r.skip) continue;
    const first = seen.get(got.key);
    if (first !== undefined) {
      rowIssue(r, got.duplicate(first));
      continue;
    }
    seen.set(got.key, n);
    rowNumbers.push(n);
    records.push(got.record);
  }
  return { records, rowNumbers, headerRow: headerIndex + 1, dataRows, issues, notes: options.notes ?? [] };
}

/** A rate derived from counts is kept only when it is a possible rate (浏览量 can exceed 曝光量). */
function derivedRate(num: number | null, den: number | null): number | null {
  const r = ratio(num, den);
  return r !== null && r <= 1 ? Math.round(r * 1e10) / 1e10 : null;
}

/** The scale of a rate column's bare numbers, with a note when the column has any. */
function rateScale(
  rows: readonly (readonly string[])[],
  headerIndex: number,
  col: number,
  numCol: number,
  denCol: number,
  notes: string[],
): BareRateScale {
  if (col < 0) return 'fraction';
  const samples: { value: number; ratio: number | null }[] = [];
  const header = rows[headerIndex] ?? [];
  for (const { row } of dataRowsOf(rows, headerIndex)) {
    if (extraCells(row, header)) continue;
    const value = bareRateValue(row[col]);
    if (value === null) continue;
    const num = numCol >= 0 ? readCount(row[numCol]) : null;
    const den = denCol >= 0 ? readCount(row[denCol]) : null;
    samples.push({ value, ratio: num?.ok && den?.ok ? ratio(num.value, den.value) : null });
  }
  const name = headerName(header[col]);
  const scale = decideBareRateScale(name, samples);
  if (samples.length) notes.push(bareRateNote(name, scale));
  return scale;
}

/**
 * Metrics from a table (a downloaded CSV/XLSX export or a back-office table in the DOM), every cell
 * checked: counts whole and ≥ 0, rates within 0–100 %, money ≥ 0, dates real. A bad cell skips its row
 * with an issue naming row, column and value. The scope comes from the columns (商品ID → item, 搜索词 →
 * term); the period from a 统计日期 column per row, else `period`. Fails naming the missing column, or when
 * there is no period at all.
 */
export function readMetricRows(
  rows: readonly (readonly string[])[],
  platform: Platform,
  source: string,
  period: { periodStart: string; periodEnd: string } | null,
): ParseResult<TableRead<MetricDraft>> {
  const headerIndex = findHeader(rows, 'metrics');
  if (headerIndex < 0) return failed('表格里没有“商品ID”或“搜索词”列，无法识别', ['商品ID / 搜索词']);
  const header = rows[headerIndex]!;
  const c = locate(header, METRIC_HEADERS);
  if (c.period < 0 && period === null) return failed('没有找到这份数据的统计周期', ['统计周期']);
  const scope = c.itemId >= 0 ? 'item' : isMarketHeader(c) ? 'market' : 'term';
  const subjectCol = scope === 'item' ? c.itemId : c.term;
  const ctrMax = scope === 'market' ? MARKET_CTR_MAX : 1;
  const notes: string[] = [];
  const ctrScale = rateScale(rows, headerIndex, c.ctr, c.clicks, c.exposure, notes);
  const cvrScale = rateScale(rows, headerIndex, c.conversion, c.payingBuyers, c.visitors, notes);
  const shareScale = rateScale(rows, headerIndex, c.searchShare, -1, -1, notes);
  const mallScale = rateScale(rows, headerIndex, c.mallClickShare, -1, -1, notes);
  const read = (r: RowReader): RowRead<MetricDraft> | null => {
    const { row } = r;
    const subject = cleanCell(row[subjectCol]);
    const subjectName = headerName(header[subjectCol]);
    if (!subject) rowIssue(r, `${subjectName} 是空的`);
    else if (scope === 'item' && isScientific(subject))
      rowIssue(r, cellProblem(subjectName, subject, '被 Excel 改成了科学计数法，原来的数字已经丢失'));
    const fromColumn = field(r, c.period, readPeriodCell);
    const rowPeriod = fromColumn ? { periodStart: fromColumn.start, periodEnd: fromColumn.end } : period;
    if (!rowPeriod && !r.skip) rowIssue(r, `${headerName(header[c.period])} 是空的，也没有别处写明统计周期`);
    const exposure = field(r, c.exposure, readCount);
    const clicks = field(r, c.clicks, readCount);
    const visitors = field(r, c.visitors, readCount);
    const payingBuyers = field(r, c.payingBuyers, readCount);
    const ctr = field(r, c.ctr, (cell) => readRate(cell, ctrScale, ctrMax));
    const conversion = field(r, c.conversion, (cell) => readRate(cell, cvrScale));
    const amount = field(r, c.amount, readMoney);
    const searchIndex = field(r, c.searchIndex, readNonNegative);
    const competingItems = field(r, c.competingItems, readCount);
    // The other market columns are extras: a bad cell there blanks only that cell, the term's row stays.
    const market = {
      searchShare: field(r, c.searchShare, (cell) => readRate(cell, shareScale), 'blank'),
      searchHeat: field(r, c.searchHeat, readNonNegative, 'blank'),
      clickPopularity: field(r, c.clickPopularity, readNonNegative, 'blank'),
      clickHeat: field(r, c.clickHeat, readNonNegative, 'blank'),
      tradeIndex: field(r, c.tradeIndex, readNonNegative, 'blank'),
      mallClickShare: field(r, c.mallClickShare, (cell) => readRate(cell, mallScale), 'blank'),
      ztcPrice: field(r, c.ztcPrice, readMoney, 'blank'),
    };
    if (!rowPeriod) return null;
    return {
      key: `${subject}|${rowPeriod.periodStart}|${rowPeriod.periodEnd}`,
      duplicate: (first) => cellProblem(subjectName, subject, `和第 ${first} 行重复（同一统计周期）`),
      record: {
        platform,
        scope,
        subject,
        ...rowPeriod,
        exposure,
        visitors,
        clicks,
        ctr: ctr ?? derivedRate(clicks, exposure),
        conversion: conversion ?? derivedRate(payingBuyers, visitors),
        payingBuyers,
        amount,
        searchIndex,
        competingItems,
        title: c.title >= 0 ? cleanCell(row[c.title]) || null : null,
        ...market,
        source,
      },
    };
  };
  return parsed(readRows(rows, headerIndex, read, { totalOf: scope === 'item' ? '商品' : '搜索词', notes }));
}

/**
 * Rows of a paid-search keyword report (直通车 / 网销宝), every cell checked like the other imports. The day
 * comes from a 日期 column per row, else from `period` (the report's own line or file name, or the user).
 * A row without a keyword, or with a bad count or amount, is skipped with the reason; 合计 rows are not
 * keywords. Rates, cost per click and ROI are not stored: they are derived from the counts per window.
 */
export function readPaidRows(
  rows: readonly (readonly string[])[],
  platform: Platform,
  period: { periodStart: string; periodEnd: string } | null,
): ParseResult<TableRead<PaidKeywordDraft>> {
  const headerIndex = findHeader(rows, 'paid');
  if (headerIndex < 0) return failed('表格里没有“关键词”和“花费/消耗”列，不是推广关键词报表', ['关键词', '花费 / 消耗']);
  const header = rows[headerIndex]!;
  const c = locate(header, PAID_HEADERS);
  if (c.period < 0 && period === null) return failed('没有找到这份报表的日期', ['日期']);
  const read = (r: RowReader): RowRead<PaidKeywordDraft> | null => {
    const { row } = r;
    const keyword = cleanCell(row[c.keyword]).slice(0, LIMITS.keyword);
    if (!keyword) rowIssue(r, `${headerName(header[c.keyword])} 是空的`);
    const fromColumn = field(r, c.period, readPeriodCell);
    const rowPeriod = fromColumn ? { periodStart: fromColumn.start, periodEnd: fromColumn.end } : period;
    if (!rowPeriod && !r.skip) rowIssue(r, `${headerName(header[c.period])} 是空的，也没有别处写明日期`);
    const impressions = field(r, c.impressions, readCount);
    const clicks = field(r, c.clicks, readCount);
    const cost = field(r, c.cost, readMoney);
    const orders = field(r, c.orders, readCount);
    const amount = field(r, c.amount, readMoney);
    if (!rowPeriod) return null;
    const campaign = c.campaign >= 0 ? cleanCell(row[c.campaign]).slice(0, LIMITS.shortText) : '';
    const unit = c.unit >= 0 ? cleanCell(row[c.unit]).slice(0, LIMITS.shortText) : '';
    const key = [platform, campaign, unit, keyword, rowPeriod.periodStart, rowPeriod.periodEnd].join('|');
    return {
      key,
      duplicate: (first) => cellProblem(headerName(header[c.keyword]), keyword, `和第 ${first} 行重复（同一计划、单元和日期）`),
      record: { key, platform, campaign, unit, keyword, ...rowPeriod, impressions, clicks, cost, orders, amount },
    };
  };
  return parsed(readRows(rows, headerIndex, read, { totalOf: '关键词' }));
}

/**
 * Sold orders from a table (Taobao 已卖出的宝贝 rows, an order export). Times are read as China time; the
 * status text is kept as shown (交易关闭, 等待买家付款 …) so that isPurchased can judge it. A bad order
 * number, 下单时间, amount or quantity skips the row; a bad 付款时间 only leaves that field empty.
 */
export function readOrderRows(rows: readonly (readonly string[])[], platform: Platform): ParseResult<TableRead<OrderDraft>> {
  const headerIndex = findHeader(rows, 'orders');
  if (headerIndex < 0) return failed('表格里没有“订单号”和“买家”列，无法识别', ['订单号', '买家']);
  const header = rows[headerIndex]!;
  const c = locate(header, ORDER_HEADERS);
  const hasDiscounts = Object.values(DISCOUNT_COLUMNS).some((key) => c[key] >= 0);
  if (c.createdAt < 0) return failed('订单表里没有“下单时间”（或“订单创建时间”）列，无法按时间分析客户', ['下单时间']);
  const read = (r: RowReader): RowRead<OrderDraft> | null => {
    const { row } = r;
    const idCell = cleanCell(row[c.orderId]);
    const idName = headerName(header[c.orderId]);
    const orderId = idCell.replace(/\D/g, '');
    if (!idCell) rowIssue(r, `${idName} 是空的`);
    else if (isScientific(idCell)) rowIssue(r, cellProblem(idName, idCell, '被 Excel 改成了科学计数法，原来的数字已经丢失'));
    else if (!orderId) rowIssue(r, cellProblem(idName, idCell, '不是订单号'));
    const createdAt = field(r, c.createdAt, readChinaDateTime);
    if (createdAt === null && !r.skip) rowIssue(r, `${headerName(header[c.createdAt])} 是空的`);
    const paidAt = field(r, c.paidAt, readChinaDateTime, 'blank');
    const amount = field(r, c.amount, readMoney);
    const items = field(r, c.items, readCount);
    // A bad discount cell only empties that discount: the order itself is still good.
    const discounts = hasDiscounts
      ? {
          shop: field(r, c.shopDiscount, readDiscount, 'blank'),
          platform: field(r, c.platformDiscount, readDiscount, 'blank'),
          coupon: field(r, c.coupon, readDiscount, 'blank'),
          total: field(r, c.discountTotal, readDiscount, 'blank'),
        }
      : null;
    if (createdAt === null) return null;
    // 宝贝标题 is one cell per order even when it lists several items: kept whole (titles hold commas themselves).
    const title = c.itemTitles >= 0 ? cleanCell(row[c.itemTitles]) : '';
    return {
      key: orderId,
      duplicate: (first) => cellProblem(idName, idCell, `和第 ${first} 行重复`),
      record: {
        key: `${platform}:${orderId}`,
        platform,
        orderId,
        buyer: cleanCell(row[c.buyer]),
        createdAt,
        paidAt,
        status: c.status >= 0 ? cleanCell(row[c.status]) : '',
        amount,
        itemCount: items ?? 1,
        itemIds: c.itemIds >= 0 ? splitCellList(row[c.itemIds]).filter((id) => /^\d+$/.test(id)) : [],
        province: c.province >= 0 ? readProvince(cleanCell(row[c.province])) : null,
        ...withTitles([title]),
        ...(discounts ? { discounts } : {}),
      },
    };
  };
  return parsed(readRows(rows, headerIndex, read));
}

/** The warnings of a table read, in Chinese: a summary when rows were left out, one line per row, then the notes. */
export function tableWarnings(read: TableRead<unknown>, noun: string): string[] {
  const lines = describeRowIssues(read.issues);
  const lost = read.records.length < read.dataRows;
  return [...(lost ? [importSummary(read.dataRows, read.records.length, noun)] : []), ...lines, ...read.notes];
}

/** A table read as a ParseResult of its records: nothing usable out of some rows is a failure that says why. */
function asRecords<T>(read: ParseResult<TableRead<T>>, noun: string, emptyNote: string): ParseResult<T[]> {
  if (!read.ok) return failed(read.reason, read.missing);
  const { records, dataRows, issues } = read.value;
  if (!dataRows) return parsed([], [emptyNote]);
  if (!records.length) return failed(`表格里的 ${dataRows} 行${noun}都没有导入：${describeRowIssues(issues, 5).join('；')}`);
  return parsed(records, tableWarnings(read.value, noun));
}

/** Metrics of a table (back-office DOM tables; imports go through import-file.ts). */
export function parseMetricTable(
  rows: readonly (readonly string[])[],
  platform: Platform,
  source: string,
  period: { periodStart: string; periodEnd: string },
): ParseResult<MetricDraft[]> {
  return asRecords(readMetricRows(rows, platform, source, period), '数据', '表格没有数据行');
}

/** Orders of a table (the sold-orders page's table; imports go through import-file.ts). */
export function parseOrderTable(rows: readonly (readonly string[])[], platform: Platform): ParseResult<OrderDraft[]> {
  return asRecords(readOrderRows(rows, platform), '订单', '表格没有订单');
}

/** "2026-08-12 10:21:33" (or with /) in China time → epoch ms; null when unreadable or not a real date. */
export function parseChinaTime(text: string): number | null {
  const m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!m) return null;
  const parts = { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0), hasTime: m[4] !== undefined };
  return isRealDate(parts) ? chinaTimeMs(parts) : null;
}

/** Rows of an HTML table as text cells (header row included). */
export function readTableRows(table: Element): string[][] {
  return [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );
}
