/**
 * Writes the SYNTHETIC keyword-demand and paid-search fixtures (run: npx tsx scripts/make-keyword-fixtures.ts):
 * - 生意参谋 市场 pages at their real host (tests/fixtures/sites/sycm.taobao.com/mc/mq/…): 搜索分析 → 相关分析
 *   rendered as an Ant-Design-like table with a fixed header (header and body in two tables), figures followed
 *   by their comparison line, row buttons, the period in the date picker; a variant whose table lacks 搜索人气;
 *   搜索排行 → 热搜 as an ARIA grid without 在线商品数;
 * - the downloads those pages offer (tests/fixtures/imports/): UTF-8 CSV with title lines, GBK CSV with the
 *   period in the file name, XLSX with percent-formatted cells and a 统计日期 column over two weeks;
 * - keyword reports of 直通车 (GBK CSV, 展现量/花费) and 网销宝 (XLSX, 曝光量/消耗), one row per keyword and day.
 * Columns follow shared/reference/domain-rules.md §4 and pages-taobao.md (生意参谋 市场); no capture of these
 * pages or files exists. Every figure is made up. CSV and HTML files come out byte for byte the same on every
 * run; XLSX files hold the same cells but differ in their zip timestamps.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { csv, encodeGbk } from './support/encode-text';

const ROOT = resolve(import.meta.dirname, '..');
function write(path: string, data: string | Uint8Array): void {
  const file = resolve(ROOT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** 搜索分析 → 相关分析 of 连帽卫衣女, 2026-11-18 ~ 2026-11-24 (the week the page shows). */
const MARKET_COLUMNS = [
  '搜索词',
  '搜索人气',
  '搜索人数占比',
  '搜索热度',
  '点击率',
  '点击人气',
  '点击热度',
  '交易指数',
  '支付转化率',
  '在线商品数',
  '商城点击占比',
  '直通车参考价',
] as const;
type MarketRow = [string, number, number, number, number, number, number, number, number, number, number, number];
// 连帽卫衣女加绒 is the 蓝海词: demand in the top third (31,020), supply in the bottom third (26,118 items).
// term, 搜索人气, 搜索人数占比 %, 搜索热度, 点击率 % (clicks per searcher: may pass 100), 点击人气, 点击热度,
// 交易指数, 支付转化率 %, 在线商品数, 商城点击占比 %, 直通车参考价
const WEEK: MarketRow[] = [
  ['连帽卫衣女', 52346, 12.5, 118230, 125.28, 38120, 96540, 86210, 6.43, 1203456, 45.2, 1.35],
  ['连帽卫衣女加绒', 31020, 7.41, 70112, 110.2, 22530, 54210, 41300, 5.12, 26118, 38.1, 1.12],
  ['卫衣女宽松', 28115, 6.72, 63009, 98.4, 19820, 45330, 36700, 4.85, 903221, 51.3, 0.98],
  ['重磅连帽卫衣', 12004, 2.87, 25870, 88.1, 8102, 18660, 15020, 3.9, 45210, 22.4, 1.45],
  ['连帽卫衣女慵懒风', 9012, 2.15, 18430, 92.0, 6210, 13550, 11820, 4.4, 30105, 18.2, 0.86],
  ['连帽卫衣女学生', 7530, 1.8, 15220, 85.3, 5020, 11030, 9410, 3.2, 150332, 30.5, 0.92],
  ['连帽卫衣女短款', 6210, 1.48, 12880, 80.0, 4105, 9020, 7400, 2.9, 98450, 25.1, 1.01],
  ['美式复古连帽卫衣', 4820, 1.15, 9900, 76.4, 3210, 6850, 5230, 3.6, 12330, 12.0, 0.75],
  ['连帽卫衣女外套', 3905, 0.93, 8120, 70.1, 2540, 5330, 4120, 2.1, 210550, 41.0, 1.2],
];
/** The week before: demand a little lower (for "change against the previous capture"). */
const WEEK_BEFORE: MarketRow[] = WEEK.map(([term, pop, ...rest], i) => [term, Math.round(pop * (0.8 + i * 0.02)), ...rest] as MarketRow);

const num = (n: number): string => n.toLocaleString('en-US');
const pct = (n: number): string => `${n.toFixed(2)}%`;
/** A row as the page and the CSV downloads write it. */
const shown = (r: MarketRow): string[] => [
  r[0],
  num(r[1]),
  pct(r[2]),
  num(r[3]),
  pct(r[4]),
  num(r[5]),
  num(r[6]),
  num(r[7]),
  pct(r[8]),
  num(r[9]),
  pct(r[10]),
  r[11].toFixed(2),
];

// 1. 搜索分析 → 相关分析, rendered.
const cellValue = (text: string, crc: number): string =>
  `<span class="alife-dt-card-common-table-index-value">${text}</span><span class="alife-dt-card-common-table-index-cycle">较前一周期 ${crc >= 0 ? '+' : ''}${crc.toFixed(2)}%</span>`;
function analyzePage(columns: readonly string[], rows: MarketRow[], note: string): string {
  const pick = (r: MarketRow): string[] => columns.map((c) => shown(r)[MARKET_COLUMNS.indexOf(c as (typeof MARKET_COLUMNS)[number])]!);
  return `<!doctype html>
<!-- SYNTHETIC fixture (not a capture), made by scripts/make-keyword-fixtures.ts: 生意参谋 市场 → 搜索分析 → 相关分析
     for 连帽卫衣女, ${note}. Columns as domain-rules.md §4 lists them; layout after the Ant Design tables sycm
     renders (fixed header: header and body in two tables), each figure followed by its comparison line, row
     buttons, the period in the date picker. The market responses are transformed in transit: the extension
     reads this rendered table, never them. -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>生意参谋 - 市场 - 搜索分析</title></head>
<body>
  <div class="oui-card-header">
    <span class="oui-card-title">相关分析</span>
    <span class="oui-date-picker"><span class="oui-date-picker-current-date">统计时间 2026-11-18 ~ 2026-11-24</span></span>
  </div>
  <div class="search-bar"><input class="ant-input" value="连帽卫衣女"> <button type="button">搜索</button></div>
  <div class="ant-table-wrapper"><div class="ant-table ant-table-fixed-header">
    <div class="ant-table-header"><table><thead><tr>
${columns.map((c) => `      <th><span class="ant-table-column-title">${c}</span>${c === '搜索词' ? '' : '<i class="anticon anticon-question-circle" title="指标说明">?</i>'}</th>`).join('\n')}
      <th>操作</th>
    </tr></thead></table></div>
    <div class="ant-table-body"><table><tbody>
${rows
  .map(
    (r, i) =>
      `      <tr class="ant-table-row" data-row-key="${i}">${pick(r)
        .map((v, j) => (j === 0 ? `<td><span class="keyword-cell">${v}</span></td>` : `<td>${cellValue(v, ((i + j) % 7) - 3)}</td>`))
        .join(
          '',
        )}<td><a class="op-trend" href="javascript:void(0)">趋势</a> <button type="button" class="op-relation">相关分析</button></td></tr>`,
  )
  .join('\n')}
    </tbody></table></div>
  </div></div>
</body></html>
`;
}
write(
  'tests/fixtures/sites/sycm.taobao.com/mc/mq/search_analyze.html',
  analyzePage(MARKET_COLUMNS, WEEK, 'all twelve index columns shown'),
);
write(
  'tests/fixtures/sites/sycm.taobao.com/mc/mq/search_analyze~columns.html',
  analyzePage(
    MARKET_COLUMNS.filter((c) => c !== '搜索人气'),
    WEEK,
    'the seller unticked 搜索人气 (the table is not usable for demand)',
  ),
);

// 2. 搜索排行 → 热搜 → 搜索词, as an ARIA grid of divs, without 在线商品数 (the ranking does not show it).
const RANK_COLUMNS = ['热搜排名', '搜索词', '搜索人气', '点击人气', '点击率', '支付转化率'];
write(
  'tests/fixtures/sites/sycm.taobao.com/mc/mq/search_rank.html',
  `<!doctype html>
<!-- SYNTHETIC fixture (not a capture), made by scripts/make-keyword-fixtures.ts: 生意参谋 市场 → 搜索排行 → 热搜 →
     搜索词, rendered as a grid of divs with ARIA roles; the ranking has no 在线商品数 column. The period is in the
     URL (dateRange). -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>生意参谋 - 市场 - 搜索排行</title></head>
<body>
  <div class="rank-tabs"><span class="active">热搜</span> <span>飙升</span></div>
  <div role="grid" class="rank-grid">
    <div role="row">${RANK_COLUMNS.map((c) => `<div role="columnheader">${c}</div>`).join('')}</div>
${WEEK.slice(0, 6)
  .map(
    (r, i) =>
      `    <div role="row"><div role="cell">${i + 1}</div><div role="cell"><a href="javascript:void(0)">${r[0]}</a> <a class="op-trend" href="javascript:void(0)">趋势</a></div><div role="cell">${num(r[1])}</div><div role="cell">${num(r[5])}</div><div role="cell">${pct(r[4])}</div><div role="cell">${pct(r[8])}</div></div>`,
  )
  .join('\n')}
  </div>
</body></html>
`,
);

// 3. The downloads. UTF-8 with BOM and the title lines 生意参谋 puts above the table.
write(
  'tests/fixtures/imports/搜索分析_相关词_2026-11-18_2026-11-24_synthetic.csv',
  `\uFEFF${csv([['【生意参谋平台】市场-搜索分析-相关分析'], ['统计日期：2026-11-18~2026-11-24'], [], [...MARKET_COLUMNS], ...WEEK.map(shown)])}`,
);
// GBK, the period only in the file name: the week before.
write(
  'tests/fixtures/imports/搜索分析_相关词_2026-11-11_2026-11-17_gbk_synthetic.csv',
  encodeGbk(csv([[...MARKET_COLUMNS], ...WEEK_BEFORE.map(shown)])),
);

async function marketXlsx(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'make-keyword-fixtures (synthetic)';
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 10, 25));
  const sheet = workbook.addWorksheet('相关分析');
  sheet.addRow(['统计日期', ...MARKET_COLUMNS]);
  for (const [period, rows] of [
    ['2026-11-11~2026-11-17', WEEK_BEFORE],
    ['2026-11-18~2026-11-24', WEEK],
  ] as const) {
    for (const r of rows) {
      const row = sheet.addRow([period, r[0], r[1], r[2] / 100, r[3], r[4] / 100, r[5], r[6], r[7], r[8] / 100, r[9], r[10] / 100, r[11]]);
      for (const col of [4, 6, 10, 12]) row.getCell(col).numFmt = '0.00%';
    }
  }
  write('tests/fixtures/imports/搜索分析_相关词_synthetic.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
}

// 4. Paid keyword reports, one row per keyword and day over the 28 days up to 2026-11-24. Daily figures are
//    constant per keyword so that every window's sums can be worked out by hand:
//    连帽卫衣女 sells well; 卫衣女宽松 is seen but not clicked (0.5 %); 连帽卫衣女加绒 is clicked (10 a day) and
//    never bought; 重磅连帽卫衣 is hardly shown (5 a day); 美式复古卫衣 sells once a week at ¥40 a day (ROI < 1);
//    连帽卫衣女外套 runs only the last two days.
type PaidDay = { impressions: number; clicks: number; cost: number; orders: number; amount: number };
const PAID: { keyword: string; unit: string; day: (daysBeforeEnd: number) => PaidDay | null }[] = [
  { keyword: '连帽卫衣女', unit: '加绒连帽卫衣女', day: () => ({ impressions: 1000, clicks: 30, cost: 36, orders: 2, amount: 118 }) },
  { keyword: '卫衣女宽松', unit: '加绒连帽卫衣女', day: () => ({ impressions: 800, clicks: 4, cost: 4.8, orders: 0, amount: 0 }) },
  { keyword: '连帽卫衣女加绒', unit: '加绒连帽卫衣女', day: () => ({ impressions: 500, clicks: 10, cost: 12, orders: 0, amount: 0 }) },
  { keyword: '重磅连帽卫衣', unit: '加绒连帽卫衣女', day: () => ({ impressions: 5, clicks: 0, cost: 0, orders: 0, amount: 0 }) },
  {
    keyword: '美式复古卫衣',
    unit: '加绒连帽卫衣女',
    day: (d) => ({ impressions: 400, clicks: 12, cost: 40, orders: d % 7 === 0 ? 1 : 0, amount: d % 7 === 0 ? 59 : 0 }),
  },
  {
    keyword: '连帽卫衣女外套',
    unit: '加绒连帽卫衣女',
    day: (d) => (d < 2 ? { impressions: 200, clicks: 4, cost: 4.8, orders: 0, amount: 0 } : null),
  },
];
const END = Date.UTC(2026, 10, 24);
const iso = (daysBeforeEnd: number): string => new Date(END - daysBeforeEnd * 86_400_000).toISOString().slice(0, 10);
const money = (n: number): string => n.toFixed(2);
function paidRows(): { date: string; keyword: string; unit: string; figures: PaidDay }[] {
  const rows: { date: string; keyword: string; unit: string; figures: PaidDay }[] = [];
  for (let d = 27; d >= 0; d--) {
    for (const k of PAID) {
      const figures = k.day(d);
      if (figures) rows.push({ date: iso(d), keyword: k.keyword, unit: k.unit, figures });
    }
  }
  return rows;
}
const ratio = (a: number, b: number, digits = 2): string => (b ? (a / b).toFixed(digits) : '0');

// 直通车: GBK CSV as the report download writes it, rates as percent strings, a 合计 line at the end.
const ztc = paidRows();
const total = ztc.reduce(
  (s, r) => ({
    impressions: s.impressions + r.figures.impressions,
    clicks: s.clicks + r.figures.clicks,
    cost: s.cost + r.figures.cost,
    orders: s.orders + r.figures.orders,
    amount: s.amount + r.figures.amount,
  }),
  { impressions: 0, clicks: 0, cost: 0, orders: 0, amount: 0 },
);
write(
  'tests/fixtures/imports/直通车_关键词报表_synthetic.csv',
  encodeGbk(
    csv([
      [
        '日期',
        '计划名称',
        '推广单元',
        '关键词',
        '展现量',
        '点击量',
        '点击率',
        '花费',
        '平均点击花费',
        '成交笔数',
        '成交金额',
        '投入产出比',
      ],
      ...ztc.map(({ date, keyword, unit, figures: f }) => [
        date,
        '日常推广',
        unit,
        keyword,
        f.impressions,
        f.clicks,
        `${ratio(f.clicks * 100, f.impressions)}%`,
        money(f.cost),
        ratio(f.cost, f.clicks),
        f.orders,
        money(f.amount),
        ratio(f.amount, f.cost),
      ]),
      ['合计', '', '', '', total.impressions, total.clicks, '', money(total.cost), '', total.orders, money(total.amount), ''],
    ]),
  ),
);

// 网销宝 (1688): XLSX with 曝光量 / 消耗, dates as date cells, rates as percent-formatted fractions.
async function p4pXlsx(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'make-keyword-fixtures (synthetic)';
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 10, 25));
  const sheet = workbook.addWorksheet('关键词报表');
  sheet.addRow(['日期', '推广计划', '关键词', '曝光量', '点击量', '点击率', '消耗', '平均点击花费', '成交笔数', '成交金额', '投入产出比']);
  for (const { date, keyword, figures: f } of paidRows()) {
    const row = sheet.addRow([
      new Date(`${date}T00:00:00Z`),
      '网销宝-连帽卫衣',
      keyword,
      f.impressions,
      f.clicks,
      f.impressions ? f.clicks / f.impressions : 0,
      f.cost,
      f.clicks ? Math.round((f.cost / f.clicks) * 100) / 100 : 0,
      f.orders,
      f.amount,
      f.cost ? Math.round((f.amount / f.cost) * 100) / 100 : 0,
    ]);
    row.getCell(1).numFmt = 'yyyy-mm-dd';
    row.getCell(6).numFmt = '0.00%';
  }
  write('tests/fixtures/imports/网销宝_关键词报表_synthetic.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
}

await marketXlsx();
await p4pXlsx();
console.log('keyword fixtures written');
