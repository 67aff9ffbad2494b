/**
 * Where 生意参谋 市场 search pages keep what we read. No capture of these pages exists (pages-taobao.md and
 * domain-rules.md §4 document only their columns, and that the market responses are transformed in transit:
 * we never decrypt them, we read what the page renders). The selectors are tolerant and the fallbacks are
 * generic; the synthetic fixtures under tests/fixtures/sites/sycm.taobao.com/ follow them.
 */

/**
 * Paths of the market search pages on sycm.taobao.com (Taobao and Tmall shops):
 * - `/mc/mq/search_analyze` 市场 → 搜索分析 (搜索词查询: 概况 and 相关分析 tabs, `activeKey=relation`);
 * - `/mc/mq/search_rank` 市场 → 搜索排行 (热搜 / 飙升, by 搜索词 / 长尾词 …).
 * Seen in public scraper code as page URLs; ⚠ not confirmed against a live page.
 */
export const MARKET_SEARCH_PAGES: readonly { host: string; path: RegExp; label: string }[] = [
  { host: 'sycm.taobao.com', path: /^\/mc\/(?:mq|ci)\/search_analy[sz]e\b/, label: '生意参谋 搜索分析' },
  { host: 'sycm.taobao.com', path: /^\/mc\/(?:mq|ci)\/search_rank\b/, label: '生意参谋 搜索排行' },
];

/**
 * Grids that are not `<table>`: newer 生意参谋 components render rows as `div[role=row]` with
 * `[role=columnheader]` and `[role=cell]`/`[role=gridcell]` children (ARIA roles are what such grids keep
 * stable across their class-name reshuffles). Tables themselves are read as `table` (Ant Design's fixed
 * header puts the header and the body in two tables: `.ant-table-header table` and `.ant-table-body table`;
 * the reader joins them).
 */
export const ARIA_GRID = {
  grid: '[role="table"], [role="grid"], [role="treegrid"]',
  row: '[role="row"]',
  cell: '[role="columnheader"], [role="cell"], [role="gridcell"], [role="rowheader"]',
} as const;

/** Controls inside a cell that are not its value (a row's 趋势 / 相关分析 / 关注 buttons and links). */
export const CELL_CONTROLS = 'button, [role="button"], [class*="operat"], [class*="action-"], [class*="Action"]';

/** Texts of links and buttons that act on a row rather than say something about it. */
export const ACTION_TEXT = /^(?:趋势|趋势分析|详情|查看|相关分析|搜索分析|关注|取消关注|已关注|对比|加入对比|收藏|分析|操作)$/;

/**
 * Where the page states its period when the URL does not (`dateRange=` is the usual source): the date
 * picker's current value (`.oui-date-picker-current-date` on 2019–2021 pages; other versions use classes
 * with date-picker / DatePicker / date-range in them), else any element whose own text says 统计时间.
 */
export const PERIOD_TEXT = [
  '.oui-date-picker-current-date',
  '[class*="date-picker-current"]',
  '[class*="datePicker"]',
  '[class*="DatePicker"]',
  '[class*="date-range"]',
  '[class*="dateRange"]',
] as const;
