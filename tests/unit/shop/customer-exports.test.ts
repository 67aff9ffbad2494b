import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCrowds } from '../../../lib/analysis/shop/crowds';
import { buildRevisitList } from '../../../lib/analysis/shop/revisit';
import { toCsv } from '../../../lib/export/csv';
import { crowdTable, revisitTable } from '../../../lib/export/customer-action-rows';
import { toXlsx } from '../../../lib/export/xlsx';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { DAY, NOW, ORDERS } from '../../support/customer-orders';

describe('exports of the revisit list and the crowds', () => {
  const list = buildRevisitList(ORDERS, {
    now: NOW,
    coolDownDays: 30,
    lapsedDays: 60,
    campaignDate: null,
    festivalDate: null,
    contacts: [],
  });

  it('the revisit list parses back from CSV: one row per entry, dates in China time, the filled message', () => {
    const csv = toCsv(revisitTable(list, DEFAULT_SETTINGS));
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      '买家',
      '平台',
      '回访原因',
      '原因代码',
      '起始日期',
      '最近下单',
      '有效订单数',
      '件数',
      '买过的商品',
      '建议话术',
    ]);
    expect(rows.slice(1).map((r) => `${r[0]}|${r[3]}`)).toEqual(list.entries.map((e) => `${e.buyer}|${e.reason}`));
    const g = rows.find((r) => r[0] === 'g**7' && r[3] === 'multi-item-first')!;
    // 400 days before 2026-11-25 is 2025-10-21.
    expect(g.slice(1, 9)).toEqual(['淘宝', '多件客户回访', 'multi-item-first', '2025-10-21', '2025-10-21', '1', '3', '围巾']);
    expect(g[9]).toBe('g**7您好！感谢您一次选了3件（围巾）。想问问您用得怎么样，还需要些什么？下次光临我们给您准备一张优惠券。');
  });

  it('a crowd exports its buyers with the last contact date, as numbers where numbers (XLSX)', async () => {
    const crowd = buildCrowds(ORDERS, { now: NOW, lapsedDays: 60 }).crowds.find((c) => c.id === 'potential-repurchase')!;
    const table = crowdTable(crowd, new Map([['taobao:f**6', NOW - 3 * DAY]]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx([table])) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('潜在复购客户');
    const values = (r: number): unknown[] => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(sheet.rowCount).toBe(4);
    expect(values(2)).toEqual(['b**2', '淘宝', 4, 4, '2026-05-09', '2026-09-16', '商品 4；商品 3；商品 1']);
    expect(values(3)).toEqual(['f**6', '淘宝', 1, 1, '2026-08-27', '2026-08-27', '商品 7', '2026-11-22']);
  });
});
