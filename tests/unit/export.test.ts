import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/export/csv';
import { snapshotFileName, snapshotTable } from '../../lib/export/snapshot-rows';
import { toXlsx } from '../../lib/export/xlsx';
import type { SearchSnapshot } from '../../lib/model/records';
import { makeSearchItem } from '../support/search-item';

const snapshot: SearchSnapshot = {
  id: 3,
  platform: '1688',
  keyword: '连帽卫衣',
  sort: null,
  url: 'https://s.1688.com/selloffer/offer_search.htm?keywords=x',
  capturedAt: new Date(2026, 10, 25, 9, 5).getTime(),
  adsExcluded: 2,
  complete: false,
  pages: [1],
  sources: ['mtop'],
  items: [
    {
      platform: '1688',
      position: 2,
      itemId: '111',
      title: '=HYPERLINK("x") 连帽卫衣, "加绒"',
      priceMin: 12.5,
      priceMax: 30,
      sales: 12000,
      salesText: '已售1.2万+件',
      repurchaseRate: 0.11,
      shop: '某某服饰',
      shipFrom: '浙江 义乌市',
      imageUrl: null,
      detailUrl: 'https://detail.1688.com/offer/111.html',
      badges: ['超级工厂', '48小时发货'],
      isAd: false,
      adEvidence: [],
    },
    makeSearchItem({ platform: '1688', position: 3, itemId: '222', title: '卫衣' }),
  ],
};

describe('snapshot export', () => {
  const table = snapshotTable(snapshot);

  it('has Chinese headers and numbers as numbers, unknown as empty', () => {
    expect(table.headers.slice(0, 6)).toEqual(['自然排名', '商品ID', '标题', '最低价', '最高价', '销量']);
    expect(table.rows[0]!.slice(3, 6)).toEqual([12.5, 30, 12000]);
    expect(table.rows[1]!.slice(3, 6)).toEqual([null, null, null]);
  });

  it('CSV: BOM, quoting, formula guard, empty for null', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF自然排名,商品ID,标题')).toBe(true);
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain(`"'=HYPERLINK(""x"") 连帽卫衣, ""加绒"""`);
    expect(line).toContain(',12.5,30,12000,');
    expect(csv.split('\r\n')[2]).toMatch(/^2,222,卫衣,,,,/);
  });

  it('XLSX parses back to the same numbers and text', async () => {
    const bytes = await toXlsx([table]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('连帽卫衣前60');
    expect(sheet.getRow(1).getCell(1).value).toBe('自然排名');
    const row = sheet.getRow(2);
    expect(row.getCell(4).value).toBe(12.5);
    expect(row.getCell(6).value).toBe(12000);
    expect(row.getCell(8).value).toBe(0.11);
    expect(row.getCell(3).value).toBe('=HYPERLINK("x") 连帽卫衣, "加绒"');
    expect(sheet.getRow(3).getCell(4).value).toBeNull();
  });

  it('file names are safe and dated', () => {
    expect(snapshotFileName(snapshot, 'xlsx')).toBe('对标_1688_连帽卫衣_20261125-0905.xlsx');
  });
});
