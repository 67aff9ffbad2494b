/**
 * Writes the SYNTHETIC import fixtures under tests/fixtures/imports/ (run: npx tsx scripts/make-import-fixtures.ts):
 * exports in the encodings and cell types real ones come in — GBK order report, UTF-16 "Unicode text",
 * XLSX with date, rich-text, formula, hyperlink and percent cells. Every value is made up; file names say
 * "synthetic". The encoders are in scripts/support/encode-text.ts. The CSV files come out byte for byte the
 * same on every run; the XLSX files hold the same cells but differ in their zip timestamps.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { csv, encodeGbk, encodeUtf16 } from './support/encode-text';

const DIR = resolve(import.meta.dirname, '../tests/fixtures/imports');

function write(name: string, bytes: Uint8Array): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(resolve(DIR, name), bytes);
}

// 1. Taobao 订单报表 as downloaded: GBK, no BOM, ids as ="…" so Excel keeps all 19 digits, headers with a
//    trailing space (as Taobao writes some), status texts with commas (quoted).
const ORDER_STATUSES = [
  '交易成功',
  '交易成功',
  '交易关闭',
  '等待买家付款',
  '卖家已发货，等待买家确认',
  '买家已付款，等待卖家发货',
  '交易成功',
  '交易关闭',
  '交易成功',
  '交易成功',
];
const taobaoOrders = [
  [
    '订单编号',
    '买家会员名',
    '买家应付货款',
    '买家实际支付金额',
    '订单状态',
    '买家留言',
    '收货地址 ',
    '订单创建时间',
    '订单付款时间 ',
    '宝贝标题 ',
    '宝贝种类',
    '宝贝总数量',
  ],
  ...ORDER_STATUSES.map((status, i) => {
    const paid = status !== '等待买家付款' && !(status === '交易关闭' && i === 2);
    return [
      `="36012345678901234${String(i + 10)}"`,
      `买家${String.fromCharCode(0x7532 + i)}${i}`,
      (59 + i * 10).toFixed(2),
      paid ? (59 + i * 10).toFixed(2) : '0.00',
      status,
      i === 1 ? '请尽快发货，谢谢' : '',
      ['浙江省 杭州市 西湖区', '广东省 深圳市 南山区', '江苏省 苏州市 姑苏区', '上海 上海市 浦东新区'][i % 4]!,
      `2026-11-${String(i + 1).padStart(2, '0')} ${String(8 + i).padStart(2, '0')}:15:00`,
      paid ? `2026-11-${String(i + 1).padStart(2, '0')} ${String(8 + i).padStart(2, '0')}:16:30` : '',
      '2026秋冬新款加绒连帽卫衣女，宽松',
      '1',
      String(1 + (i % 3)),
    ];
  }),
];
write('订单_gbk_synthetic.csv', encodeGbk(csv(taobaoOrders)));

// 2. 商品效果 saved by Excel as "Unicode text": UTF-16 LE with BOM, tab-separated, the period on a title
//    line above the table and the download time below it (which is not the period).
const ITEMS = [
  ['597090034012', '梵贞男士洗面奶补水护肤品套装', 20000, 1600, '8.00%', 1200, 60, '5.00%', 1520.4],
  ['833454967766', '中性2024 BEST GIFT TYPE -C MINI WIRELESS CIGARETTE LIGHTER', 15000, 900, '6.00%', 700, 7, '1.00%', 616],
  ['700000000001', '2024秋冬新款加绒连帽卫衣女宽松一件代发', 30000, 600, '2.00%', 500, 20, '4.00%', 570],
  ['700000000002', '纯棉连帽卫衣批发 厂家直销', 8000, 80, '1.00%', 70, 0, '0.00%', 0],
] as const;
const ITEM_HEADER = ['商品ID', '商品名称', '曝光量', '点击量', '点击率', '访客数', '支付买家数', '支付转化率', '支付金额'];
write(
  '商品效果_utf16le_synthetic.csv',
  encodeUtf16(
    csv([['统计时间：2026-10-01 ~ 2026-10-31'], ['下载时间：2026-11-02 10:00:00'], [], ITEM_HEADER, ...ITEMS.map((r) => [...r])], '\t'),
    'le',
    true,
  ),
);

// 3. 搜索词 by day, UTF-16 BE without a BOM (only the NUL pattern tells), comma-separated, 统计日期 per row.
const terms = [
  ['统计日期', '搜索词', '曝光量', '点击量', '点击率', '访客数', '支付买家数', '支付转化率', '支付金额', '搜索人气', '在线商品数'],
  ['2026-11-01', '连帽卫衣女', 1200, 51, '4.25%', 42, 2, '4.76%', 342.05, 18500, 46250],
  ['2026-11-02', '连帽卫衣女', 1300, 52, '4.00%', 40, 1, '2.50%', 171, 18600, 46300],
  ['2026-11-01', '加绒卫衣', 800, 20, '2.50%', 18, 0, '0.00%', 0, 9000, 120000],
];
write('搜索词_utf16be_nobom_synthetic.csv', encodeUtf16(csv(terms), 'be', false));

// 4. The period only in the file name, UTF-8 without BOM.
write('商品效果_2026-11-01_2026-11-30_synthetic.csv', new TextEncoder().encode(csv([ITEM_HEADER, ...ITEMS.map((r) => [...r])])));

// 5. An order list as XLSX: a 说明 sheet first, then dates as Date cells (China wall-clock time), buyers as
//    rich text, amounts as formulas with cached results, an order number as a hyperlink.
async function ordersXlsx(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'make-import-fixtures (synthetic)';
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 7, 15));
  workbook.addWorksheet('说明').getCell('A1').value = '合成测试数据（synthetic），不是真实订单';
  const sheet = workbook.addWorksheet('订单');
  sheet.addRow(['订单号', '买家', '下单时间', '付款时间', '实付款', '交易状态', '收货地区', '商品数量']);
  ORDER_STATUSES.forEach((status, i) => {
    const id = `48012345678901234${String(i + 10)}`;
    const created = new Date(Date.UTC(2026, 7, 1 + i, 9 + i, 30, 0));
    const paid = status === '等待买家付款' || status === '交易关闭' ? null : new Date(Date.UTC(2026, 7, 1 + i, 9 + i, 31, 5));
    const row = sheet.addRow([
      i === 0 ? { text: id, hyperlink: `https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${id}` } : id,
      i % 2 === 0 ? { richText: [{ text: 'tb_', font: { bold: true } }, { text: `user${i}` }] } : `tb_user${i}`,
      created,
      paid,
      { formula: `${49 + i}+10`, result: 59 + i + 0.1 },
      i === 4 ? { richText: [{ text: '卖家已发货，' }, { text: '等待买家确认', font: { color: { argb: 'FFFF0000' } } }] } : status,
      ['浙江 杭州', '广东 深圳', '江苏 苏州', '上海'][i % 4],
      1 + (i % 3),
    ]);
    row.getCell(3).numFmt = 'yyyy-mm-dd hh:mm:ss';
    row.getCell(4).numFmt = 'yyyy-mm-dd hh:mm:ss';
    row.getCell(5).numFmt = '0.00';
  });
  write('订单_synthetic.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
}

// 6. 商品效果 as XLSX: a merged title line with the period, ids as numbers and one hyperlink, a rich-text
//    title, clicks as formulas, rates as percent-formatted fractions, an amount with float noise.
async function itemsXlsx(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'make-import-fixtures (synthetic)';
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 9, 2));
  const sheet = workbook.addWorksheet('商品效果');
  sheet.addRow(['统计时间：2026-09-01 ~ 2026-09-30']);
  sheet.mergeCells('A1:I1');
  sheet.addRow(ITEM_HEADER);
  ITEMS.forEach(([id, title, exposure, clicks, ctr, visitors, buyers, cvr, amount], i) => {
    const row = sheet.addRow([
      i === 1 ? { text: id, hyperlink: `https://detail.1688.com/offer/${id}.html` } : Number(id),
      i === 0 ? { richText: [{ text: title.slice(0, 4), font: { bold: true } }, { text: title.slice(4) }] } : title,
      exposure,
      { formula: `${clicks}*1`, result: clicks },
      parseFloat(ctr) / 100,
      visitors,
      buyers,
      parseFloat(cvr) / 100,
      i === 0 ? amount + 1e-13 : amount,
    ]);
    row.getCell(5).numFmt = '0.00%';
    row.getCell(8).numFmt = '0.00%';
  });
  write('商品效果_synthetic.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
}

await ordersXlsx();
await itemsXlsx();
console.log(`import fixtures written to ${DIR}`);
