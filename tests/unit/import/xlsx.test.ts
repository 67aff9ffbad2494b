import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isPurchased } from '../../../lib/analysis/shop/order-status';
import { parseImportFile, readImportFile } from '../../../lib/sites/backoffice/import-file';
import { parseImportedTable, readTableFile } from '../../support/import-rows';
import { xlsxCellText } from '../../../lib/sites/backoffice/xlsx-cells';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/imports');
const fixtureBuffer = (name: string): ArrayBuffer => new Uint8Array(readFileSync(resolve(FIXTURES, name))).buffer;

describe('xlsxCellText: what Excel shows, not String() of exceljs objects', () => {
  it.each([
    ['a Date at a time (wall clock in its UTC fields)', new Date(Date.UTC(2026, 7, 1, 20, 15, 3)), undefined, '2026-08-01 20:15:03'],
    ['a Date at midnight', new Date(Date.UTC(2026, 7, 1)), undefined, '2026-08-01'],
    ['a Date with serial float error', new Date(Date.UTC(2026, 7, 1, 10, 21, 32, 999.6)), undefined, '2026-08-01 10:21:33'],
    ['rich text', { richText: [{ text: 'tb_', font: { bold: true } }, { text: 'user1' }] }, undefined, 'tb_user1'],
    ['a formula by its cached result', { formula: 'B2*2', result: 258 }, undefined, '258'],
    ['a shared formula', { sharedFormula: 'E2', result: 'x' }, undefined, 'x'],
    ['a formula with a Date result', { formula: 'TODAY()', result: new Date(Date.UTC(2026, 0, 2)) }, undefined, '2026-01-02'],
    ['a formula without cached result', { formula: 'B2*2' }, undefined, ''],
    ['a formula error', { formula: '1/0', result: { error: '#DIV/0!' } }, undefined, '#DIV/0!'],
    ['a hyperlink', { text: '597090034012', hyperlink: 'https://detail.1688.com/offer/597090034012.html' }, undefined, '597090034012'],
    [
      'a hyperlink with rich text',
      { text: { richText: [{ text: '59709' }, { text: '0034012' }] }, hyperlink: 'https://x' },
      undefined,
      '597090034012',
    ],
    ['float noise', 1520.4000000000001, undefined, '1520.4'],
    ['0.1 + 0.2', 0.1 + 0.2, undefined, '0.3'],
    ['a percent-formatted cell', 0.0425, '0.00%', '4.25%'],
    ['a percent-formatted cell with noise', 0.07, '0%', '7%'],
    ['a 12-digit id', 597090034012, '0', '597090034012'],
    ['a 19-digit number that lost digits', Number('3601234567890123410'), '0', '3.60123456789012e+18'],
    ['null', null, undefined, ''],
  ])('%s', (_label, value, numFmt, text) => {
    expect(xlsxCellText(value, numFmt)).toBe(text);
  });
});

describe('XLSX imports', () => {
  it('an order list with Date, rich-text, formula and hyperlink cells imports all 10 orders', async () => {
    // Through the row-level test entry (tests/support/import-rows.ts): before the fix this gave "订单 0 笔".
    const rows = await readTableFile('订单_synthetic.xlsx', fixtureBuffer('订单_synthetic.xlsx'));
    const result = parseImportedTable(rows, 'taobao', { periodStart: '', periodEnd: '' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.value.orders).toHaveLength(10);
    expect(result.value.orders[0]).toMatchObject({
      orderId: '4801234567890123410',
      buyer: 'tb_user0',
      createdAt: Date.UTC(2026, 7, 1, 1, 30, 0), // 09:30 China time
      paidAt: Date.UTC(2026, 7, 1, 1, 31, 5),
      amount: 59.1,
      status: '交易成功',
      province: '浙江',
      itemCount: 1,
    });
    expect(result.value.orders[4]!.status).toBe('卖家已发货，等待买家确认');
    expect(result.value.orders.filter((o) => isPurchased(o.status))).toHaveLength(7);
    expect(JSON.stringify(result.value)).not.toMatch(/object Object|GMT/);
  });

  it('the sheet with the table is read even when a 说明 sheet comes first', async () => {
    const file = await readImportFile('订单_synthetic.xlsx', fixtureBuffer('订单_synthetic.xlsx'));
    expect(file.ok && file.value.sheet).toBe('订单');
  });

  it('商品效果 XLSX: percent cells, formula clicks, a hyperlinked id, a rich-text title, the period from the merged title line', async () => {
    const file = await readImportFile('商品效果_synthetic.xlsx', fixtureBuffer('商品效果_synthetic.xlsx'));
    if (!file.ok) throw new Error(file.reason);
    const result = parseImportFile(file.value, '1688');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.period).toEqual({ start: '2026-09-01', end: '2026-09-30', from: 'file' });
    expect(result.value.capture.metrics.map((m) => [m.subject, m.clicks, m.ctr, m.conversion, m.amount, m.title?.slice(0, 4)])).toEqual([
      ['597090034012', 1600, 0.08, 0.05, 1520.4, '梵贞男士'],
      ['833454967766', 900, 0.06, 0.01, 616, '中性20'],
      ['700000000001', 600, 0.02, 0.04, 570, '2024'],
      ['700000000002', 80, 0.01, 0, 0, '纯棉连帽'],
    ]);
  });

  it('a 19-digit order number stored as a number is refused by row, not stored with wrong digits', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('订单');
    sheet.addRow(['订单号', '买家', '下单时间', '实付款']);
    sheet.addRow([Number('3601234567890123410'), 'a', new Date(Date.UTC(2026, 7, 1, 10)), 10]);
    sheet.addRow(['3601234567890123411', 'b', new Date(Date.UTC(2026, 7, 1, 11)), 12]);
    const file = await readImportFile('订单.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    if (!file.ok) throw new Error(file.reason);
    const result = parseImportFile(file.value, 'taobao');
    expect(result.ok && result.value.capture.orders.map((o) => o.orderId)).toEqual(['3601234567890123411']);
    expect(result.ok && result.warnings[1]).toBe(
      '第 2 行 订单号 “3.60123456789012e+18” 被 Excel 改成了科学计数法，原来的数字已经丢失，这一行没有导入',
    );
  });

  it('a damaged XLSX and an old .xls are refused with advice, never thrown at the caller', async () => {
    const broken = await readImportFile('x.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(broken.ok || broken.reason).toContain('这个 Excel 文件打不开');
    const xls = await readImportFile('x.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(xls.ok || xls.reason).toContain('另存为 .xlsx');
  });
});
