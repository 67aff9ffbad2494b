import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../lib/model/records';
import { clickToDownload, importExport, openPanelTab, readDownload } from '../../scripts/support/extension-actions';
import { readTable } from './support/extension-db';
import { useE2E } from './support/session';

const e2e = useE2E();

const DAY = 86_400_000;
/** "2026-11-25 20:15:00" in China time, `days` days before now. */
const chinaTime = (days: number, hour = 20): string => {
  const d = new Date(Date.now() - days * DAY + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 10)} ${String(hour).padStart(2, '0')}:15:00`;
};

/**
 * A synthetic Taobao 订单报表 dated relative to today: t**1 three valid orders (老客户回访), t**2 one order of
 * two pieces (多件客户回访), t**3 one order 90 days ago (潜在复购), t**4 and t**5 only closed or unpaid orders.
 */
function writeOrderReport(): string {
  const rows = [
    ['订单编号', '买家会员名', '订单创建时间', '买家实际支付金额', '订单状态', '宝贝标题', '宝贝总数量', '店铺优惠', '平台优惠'],
    ['5001', 't**1', chinaTime(100, 9), '59.00', '交易成功', '加绒连帽卫衣女', '1', '0', '0'],
    ['5002', 't**1', chinaTime(50, 10), '59.00', '交易成功', '加绒连帽卫衣女', '1', '5.00', '0'],
    ['5003', 't**1', chinaTime(10, 21), '69.00', '交易成功', '纯棉打底衫', '1', '0', '0'],
    ['5004', 't**2', chinaTime(20, 21), '118.00', '交易成功', '加绒连帽卫衣女', '2', '10.00', '3.00'],
    ['5005', 't**3', chinaTime(90, 14), '39.00', '交易成功', '纯棉打底衫', '1', '0', '0'],
    ['5006', 't**4', chinaTime(5, 11), '0.00', '交易关闭', '加绒连帽卫衣女', '2', '0', '0'],
    ['5007', 't**4', chinaTime(3, 11), '0.00', '交易关闭', '加绒连帽卫衣女', '2', '0', '0'],
    ['5008', 't**5', chinaTime(2, 12), '0.00', '等待买家付款', '加绒连帽卫衣女', '3', '0', '0'],
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'duibiao-orders-')), '订单报表_synthetic.csv');
  writeFileSync(file, `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`);
  return file;
}

/** Buyers listed under each reason chip (clicking through the chips). */
async function listedByReason(panel: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const reason of ['repeat-3-4', 'multi-item-first', 'lapsed', 'campaign', 'festival']) {
    await panel.getByTestId(`revisit-reason-${reason}`).click();
    out[reason] = await panel
      .locator(`[data-testid=revisit-entry][data-reason="${reason}"]`)
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-buyer')!));
  }
  return out;
}

async function download(panel: Page, testId: string): Promise<Buffer> {
  return readDownload(await clickToDownload(panel, testId));
}

describe('customer actions in Chromium', () => {
  it('imported orders → 回访清单 with reasons → mark one contacted → it leaves the list → exports parse back', async () => {
    // 1. 店铺 → 导入 the order report (Taobao).
    const shop = await openPanelTab(e2e.session, 'shop');
    await shop.getByLabel('数据来自哪个平台').selectOption('taobao');
    expect(await importExport(shop, writeOrderReport(), { start: '', end: '' })).toContain('订单 8 笔');

    // 2. 客户: the list by reason; closed and unpaid orders put nobody on it.
    const customers = await openPanelTab(e2e.session, 'customers');
    await customers.getByTestId('revisit-list').waitFor();
    expect(await listedByReason(customers)).toEqual({
      'repeat-3-4': ['taobao:t**1'],
      'multi-item-first': ['taobao:t**2'],
      lapsed: ['taobao:t**3'],
      campaign: [],
      festival: [],
    });
    expect(await customers.getByTestId('occasion-notes').innerText()).toContain('没有活动日期');

    // 3. 设置 → 客户回访: a campaign in ten days lists the old and multi-item buyers.
    const settings = await openPanelTab(e2e.session, 'settings');
    const campaign = new Date(Date.now() + 10 * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
    await settings.getByTestId('campaign-date').fill(campaign);
    await customers.bringToFront();
    await expect.poll(() => customers.getByTestId('revisit-reason-campaign').getAttribute('data-count')).toBe('2');
    expect((await listedByReason(customers)).campaign).toEqual(['taobao:t**1', 'taobao:t**2']);

    // 4. Mark t**1 as contacted from 老客户回访: stored with today's date, gone from every reason.
    await customers.getByTestId('revisit-reason-repeat-3-4').click();
    const entry = customers.locator('[data-testid=revisit-entry][data-buyer="taobao:t**1"]');
    expect(await entry.getByTestId('revisit-message').innerText()).toContain('t**1您好！感谢您第3次光临小店');
    const clicked = Date.now();
    await entry.getByTestId('mark-contacted').click();
    await expect.poll(() => customers.getByTestId('revisit-list').getAttribute('data-total')).toBe('3');
    const contacts = await readTable<Contact>(e2e.session.worker, 'contacts');
    expect(contacts.map((c) => [c.buyerKey, c.reason, c.occasion])).toEqual([['taobao:t**1', 'repeat-3-4', null]]);
    expect(contacts[0]!.contactedAt).toBeGreaterThanOrEqual(clicked);
    expect(contacts[0]!.contactedAt).toBeLessThanOrEqual(Date.now());
    expect(await listedByReason(customers)).toEqual({
      'repeat-3-4': [],
      'multi-item-first': ['taobao:t**2'],
      lapsed: ['taobao:t**3'],
      campaign: ['taobao:t**2'],
      festival: [],
    });
    await customers.getByTestId('contacted-list').locator('summary').click();
    expect(await customers.getByTestId('contacted').innerText()).toContain('t**1');

    // 5. The revisit list's CSV parses back to what is listed.
    const csv = (await download(customers, 'export-revisit-csv')).toString('utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 4)).toEqual(['买家', '平台', '回访原因', '原因代码']);
    expect(rows.slice(1).map((r) => `${r[0]}|${r[3]}`)).toEqual(['t**2|multi-item-first', 't**3|lapsed', 't**2|campaign']);
    expect(rows.find((r) => r[3] === 'campaign')![9]).toContain(`${Number(campaign.slice(5, 7))}月${Number(campaign.slice(8))}日`);

    // 6. A crowd's XLSX for the platform's own tools: every buyer with a valid order, t**1's contact date shown.
    await customers.getByTestId('crowd-past-buyers').waitFor();
    expect(await customers.getByTestId('crowd-past-buyers').getAttribute('data-size')).toBe('3');
    expect(await customers.getByTestId('crowd-potential-interest').innerText()).toContain('订单数据里没有');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(customers, 'export-crowd-past-buyers-xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const buyers = [2, 3, 4].map((r) => [sheet.getRow(r).getCell(1).value, sheet.getRow(r).getCell(8).value]);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(buyers).toEqual([
      ['t**1', today],
      ['t**2', null],
      ['t**3', null],
    ]);

    // 7. Hours: all 24 shown with the peak named; coupons from the 店铺优惠 / 平台优惠 columns (2 of 5 valid orders).
    expect(await customers.locator('[data-testid=hours] .bar-row').count()).toBe(24);
    expect(await customers.getByTestId('best-hours').innerText()).toContain('下单高峰');
    expect(await customers.getByTestId('coupon-summary').getAttribute('data-order-share')).toBe('0.4');

    // 8. 撤销 brings t**1 back.
    await customers.getByTestId('undo-contact').click();
    await expect.poll(() => customers.getByTestId('revisit-list').getAttribute('data-total')).toBe('5');
    expect(await readTable(e2e.session.worker, 'contacts')).toEqual([]);
  });
});
