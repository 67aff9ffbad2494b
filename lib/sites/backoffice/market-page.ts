import type { Platform } from '../../model/page';
import { readQueryParam } from '../../text/url-query';
import { failed, parsed, type ParseResult } from '../parse-result';
import { findDates } from './cell-checks';
import { ACTION_TEXT, ARIA_GRID, CELL_CONTROLS, MARKET_SEARCH_PAGES, PERIOD_TEXT } from './market-selectors';
import type { MetricDraft } from './sycm';
import { findTableHeader, metricColumnsOf, readMetricRows, tableWarnings } from './tables';

/** The market search page a URL is (搜索分析 / 搜索排行), with its label, or null. */
export function marketSearchPageOf(href: string): { label: string } | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const page = MARKET_SEARCH_PAGES.find((p) => p.host === url.hostname && p.path.test(url.pathname));
  return page ? { label: page.label } : null;
}

/** A node's text pieces in document order, trimmed, without those inside `skip` elements. */
function textPieces(root: Element, skip: (el: Element) => boolean): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) out.push(text);
      } else if (child.nodeType === 1 && !skip(child as Element)) walk(child);
    }
  };
  walk(root);
  return out;
}

/**
 * What a rendered cell says: its first piece of text that is not a control (趋势, 相关分析 …), so a figure
 * followed by its comparison line ("12,345" then "较前一日 +3.2%") reads as the figure and a term followed
 * by its row buttons as the term. A lone currency sign joins the number after it.
 */
export function readCellValue(cell: Element): string {
  const isControl = (el: Element): boolean => el.matches(CELL_CONTROLS);
  const pieces = textPieces(cell, isControl).filter((p) => !ACTION_TEXT.test(p));
  const fallback = pieces.length ? pieces : textPieces(cell, () => false);
  const [first, second] = fallback;
  if (first && /^[¥￥$]$/.test(first) && second) return `${first}${second}`;
  return first ?? '';
}

function rowsOfTable(table: Element): { cells: string[]; header: boolean }[] {
  return [...table.querySelectorAll('tr')].map((tr) => {
    const cells = [...tr.children].filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
    return { cells: cells.map(readCellValue), header: cells.length > 0 && cells.every((c) => c.tagName === 'TH') };
  });
}

function rowsOfGrid(grid: Element): { cells: string[]; header: boolean }[] {
  return [...grid.querySelectorAll(ARIA_GRID.row)].map((row) => {
    const cells = [...row.querySelectorAll(ARIA_GRID.cell)];
    return { cells: cells.map(readCellValue), header: cells.length > 0 && cells.every((c) => c.getAttribute('role') === 'columnheader') };
  });
}

/**
 * Every table and ARIA grid on the page as rows of cell texts. A table holding only a header row followed by
 * a table holding only body rows (Ant Design's fixed header) are one table.
 */
export function readPageTables(doc: ParentNode): string[][][] {
  const tables = [...doc.querySelectorAll('table')].map(rowsOfTable);
  const grids = [...doc.querySelectorAll(ARIA_GRID.grid)].filter((g) => !g.querySelector('table')).map(rowsOfGrid);
  const out: string[][][] = [];
  const all = [...tables, ...grids].filter((rows) => rows.some((r) => r.cells.length));
  for (let i = 0; i < all.length; i++) {
    const rows = all[i]!;
    const next = all[i + 1];
    const headerOnly = rows.every((r) => r.header);
    if (headerOnly && next && !next.some((r) => r.header)) {
      out.push([...rows, ...next].map((r) => r.cells));
      i++;
    } else out.push(rows.map((r) => r.cells));
  }
  return out;
}

/** "2026-11-18|2026-11-24" (dateRange) → the period; also a single day. Null when it is not dates. */
function periodOfText(text: string | null | undefined): { periodStart: string; periodEnd: string } | null {
  if (!text) return null;
  const dates = findDates(text);
  if (!dates.length || dates.length > 2 || dates.some((d) => d.date === null)) return null;
  const start = dates[0]!.date!;
  const end = dates[dates.length - 1]!.date!;
  return start <= end ? { periodStart: start, periodEnd: end } : null;
}

/**
 * The period a 生意参谋 page shows: `dateRange=` in its URL, else the date picker's value, else an element
 * whose text says 统计时间 with one or two dates. Null when the page states none.
 */
export function readPagePeriod(doc: ParentNode, href: string): { periodStart: string; periodEnd: string } | null {
  let search = '';
  try {
    search = new URL(href).search;
  } catch {
    // not a URL: only the page can say
  }
  const fromUrl = periodOfText(readQueryParam(search, 'dateRange'));
  if (fromUrl) return fromUrl;
  for (const selector of PERIOD_TEXT) {
    for (const el of doc.querySelectorAll(selector)) {
      const found = periodOfText(el.textContent);
      if (found) return found;
    }
  }
  for (const el of doc.querySelectorAll('span, div, p, label, em, strong')) {
    // The smallest element that carries the label and its dates (its own text, not a whole section's).
    const text = el.textContent ?? '';
    if (text.length > 80 || !/统计(?:时间|日期|周期)/.test(text)) continue;
    const found = periodOfText(text.slice(text.search(/统计(?:时间|日期|周期)/)));
    if (found) return found;
  }
  return null;
}

/** The columns a market search-term table must have, and the ones it needs for 竞争度. */
const REQUIRED_COLUMNS = [
  { key: 'term', name: '搜索词' },
  { key: 'searchIndex', name: '搜索人气' },
] as const;
const WANTED_COLUMNS = [
  { key: 'competingItems', name: '在线商品数', why: '算不出竞争度（搜索人气 ÷ 在线商品数）' },
  { key: 'ctr', name: '点击率', why: '词表里没有点击率' },
  { key: 'conversion', name: '支付转化率', why: '词表里没有转化率' },
] as const;

/**
 * A 生意参谋 市场 search page (搜索分析 相关分析 / 搜索词查询, 搜索排行 热搜 / 飙升) as market search-term rows
 * (scope "market"): the rendered tables are read, never the page's transformed responses. The period comes
 * from the URL or the page. Fails, naming what is missing, when the page has no search-term table with 搜索人气
 * or states no period; warns when 在线商品数, 点击率 or 支付转化率 are not shown (the page lets the seller pick
 * its index columns).
 */
export function parseMarketSearchPage(doc: ParentNode, href: string, platform: Platform, label: string): ParseResult<MetricDraft[]> {
  const tables = readPageTables(doc);
  const candidates = tables
    .map((rows) => ({ rows, header: findTableHeader(rows) }))
    .filter((t): t is { rows: string[][]; header: { kind: 'metrics'; index: number } } => t.header?.kind === 'metrics');
  const columns = candidates.map((t) => metricColumnsOf(t.rows[t.header.index]!));
  const usable = candidates.filter((_, i) => columns[i]!.term >= 0 && columns[i]!.searchIndex >= 0);
  if (!usable.length) {
    const best = columns.find((c) => c.term >= 0) ?? null;
    const missing = REQUIRED_COLUMNS.filter((c) => !best || best[c.key] < 0).map((c) => c.name);
    return failed(
      tables.length
        ? `页面上的表格缺少 ${missing.join('、')} 列，不是搜索词表格（请打开“相关分析”或“搜索排行”的搜索词列表，等表格加载完再采集）`
        : '页面上还没有表格（等搜索词列表加载完再采集）',
      tables.length ? missing : ['搜索词表格'],
    );
  }
  const period = readPagePeriod(doc, href);
  if (!period) return failed('页面上没有找到统计时间（网址里没有 dateRange，页面上也没有“统计时间”）', ['统计时间']);
  const metrics: MetricDraft[] = [];
  const warnings: string[] = [];
  for (const { rows } of usable) {
    const read = readMetricRows(rows, platform, `page:${label}`, period);
    if (!read.ok) continue;
    metrics.push(...read.value.records.filter((r) => r.scope === 'market'));
    warnings.push(...tableWarnings(read.value, '搜索词'));
  }
  if (!metrics.length) return failed('搜索词表格里没有能读取的行', ['搜索词行']);
  const shown = columns[candidates.indexOf(usable[0]!)]!;
  for (const c of WANTED_COLUMNS) {
    if (shown[c.key] < 0) warnings.push(`表格里没有“${c.name}”列，${c.why}：可以在页面的指标选择里勾选“${c.name}”后再采集`);
  }
  return parsed(metrics, warnings);
}
