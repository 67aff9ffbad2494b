import ExcelJS from 'exceljs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MetricRow, Order, OwnListing } from '../../lib/model/records';
import {
  captureThroughPopup,
  clickToDownload,
  importExport,
  openPage,
  openPanelTab,
  readDownload,
} from '../../scripts/support/extension-actions';
import { readTable } from './support/extension-db';
import { ROOT, useE2E } from './support/session';

const e2e = useE2E();

/** Opens a back-office page, then the popup for its tab, and clicks 采集后台数据. */
async function captureBackoffice(url: string, ready: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await openPage(e2e.session, url);
  await ready(page);
  return captureThroughPopup(e2e.session, page, 'backoffice');
}

describe('own back office in Chromium', () => {
  it('captures listings from the work.1688.com iframe, sycm search terms and sold orders; shows quadrants and customer groups; exports', async () => {
    // 1. 商品管理 inside the work.1688.com iframe.
    const listingsPopup = await captureBackoffice('https://work.1688.com/', (p) => p.frameLocator('#manage').locator('table').waitFor());
    expect(await listingsPopup.getByTestId('backoffice-saved').getAttribute('data-listings')).toBe('4');
    const listings = await readTable<OwnListing>(e2e.session.worker, 'listings');
    expect(listings.map((l) => l.itemId).sort()).toEqual(['597090034012', '700000000001', '700000000002', '833454967766']);

    // 2. 生意参谋 搜索词: the page's own JSON response is observed.
    const sycmPopup = await captureBackoffice('https://sycm.1688.com/ms/flow/keywords.htm', (p) => p.getByText('搜索词 5 个').waitFor());
    expect(await sycmPopup.getByTestId('backoffice-saved').getAttribute('data-metrics')).toBe('5');

    // 3. 已卖出的货品: the order list arrives by JSONP on the workbench page.
    const ordersPopup = await captureBackoffice('https://work.1688.com/?_path_=sellerPro/2017sellerbase_trade/saleList&dbfx=orders', (p) =>
      p.getByText('订单 40 笔').waitFor(),
    );
    expect(await ordersPopup.getByTestId('backoffice-saved').getAttribute('data-orders')).toBe('40');
    const orders = await readTable<Order>(e2e.session.worker, 'orders');
    expect(orders).toHaveLength(40);
    expect(orders.every((o) => /^b\*\*\*\d+$/.test(o.buyer))).toBe(true);

    // 4. 店铺: import the per-item export, then the quadrants and roots appear.
    const shop = await openPanelTab(e2e.session, 'shop');
    await shop.getByTestId('listing-table').waitFor();
    // The export states no period: the pane asks, and each period is kept (October's is not replaced by November's).
    const exportFile = resolve(ROOT, 'tests/fixtures/imports/商品效果_synthetic.csv');
    await shop.getByTestId('import-file').setInputFiles(exportFile);
    await shop.getByTestId('import-period').waitFor();
    expect(await readTable<MetricRow>(e2e.session.worker, 'metrics').then((m) => m.filter((r) => r.scope === 'item'))).toHaveLength(0);
    expect(await importExport(shop, exportFile, { start: '2026-10-01', end: '2026-10-31' })).toContain('数据 4 行（统计周期 2026-10-01');
    expect(await importExport(shop, exportFile, { start: '2026-11-01', end: '2026-11-30' })).toContain('统计周期 2026-11-01');
    const metrics = await readTable<MetricRow>(e2e.session.worker, 'metrics');
    expect(metrics.filter((m) => m.scope === 'item')).toHaveLength(8);
    expect(new Set(metrics.filter((m) => m.scope === 'item').map((m) => m.periodStart))).toEqual(new Set(['2026-10-01', '2026-11-01']));
    await shop.getByTestId('quadrants').waitFor();
    // ctr 8/6/2/1 %, cvr 5/1/4/0 % → medians 4 % and 2.5 %: one item per quadrant.
    expect(await shop.locator('[data-testid=quadrant-chart] circle').count()).toBe(4);
    const quadrants = await shop
      .locator('[data-testid=quadrant-table] tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-quadrant')));
    expect(quadrants.sort()).toEqual(['high-ctr-low-cvr', 'high-high', 'low-ctr-high-cvr', 'low-low']);
    expect(await shop.getByTestId('quadrants').getAttribute('data-high-high-share')).toBe('0.25');
    expect(await shop.locator('[data-testid=quadrant-table] tr[data-quadrant=high-high]').innerText()).toContain('梵贞');
    // Roots of the 5 search terms: 连帽卫衣 is in 3 of them.
    await shop.locator('[data-testid=root-table] tr[data-root=连帽卫衣]').waitFor();
    expect(await shop.locator('[data-testid=root-table] tr[data-root=连帽卫衣] td').nth(1).innerText()).toBe('3');

    // Bulk title scores against a 1688 snapshot (captured from the result page).
    const search = await openPage(
      e2e.session,
      'https://s.1688.com/selloffer/offer_search.htm?keywords=%C1%AC%C3%B1%CE%C0%D2%C2&beginPage=1',
    );
    const searchPopup = await captureThroughPopup(e2e.session, search, 'top60');
    await searchPopup.getByTestId('capture-saved').waitFor();
    await shop.bringToFront();
    await shop.getByTestId('score-listings').click();
    const hoodieScore = shop.locator('[data-testid=listing-table] tr[data-key="1688:700000000001"] [data-col=score]');
    await expect.poll(() => hoodieScore.innerText()).toMatch(/^\d+$/);
    const lighterScore = Number(
      await shop.locator('[data-testid=listing-table] tr[data-key="1688:833454967766"] [data-col=score]').innerText(),
    );
    // The hoodie listing uses the snapshot's words; the lighter shares none of them.
    expect(Number(await hoodieScore.innerText())).toBeGreaterThan(lighterScore);

    // 5. 客户: groups from the 40 orders, exported to XLSX and read back.
    const customers = await openPanelTab(e2e.session, 'customers');
    await customers.getByTestId('customer-summary').waitFor();
    const summary = await customers.getByTestId('customer-summary').innerText();
    const purchased = orders.filter((o) => o.status !== 'cancel');
    const buyers = new Set(purchased.map((o) => o.buyer));
    expect(summary).toContain(`买家 ${buyers.size} 人`);
    expect(summary).toContain(`有效订单 ${purchased.length} 笔`);
    expect(await customers.getByTestId('lifecycle').innerText()).toContain('流失');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readDownload(await clickToDownload(customers, 'export-customers-xlsx'))).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('买家');
    expect(sheet.rowCount - 1).toBe(buyers.size);
    let orderSum = 0;
    for (let r = 2; r <= sheet.rowCount; r++) orderSum += Number(sheet.getRow(r).getCell(2).value);
    expect(orderSum).toBe(purchased.length);
  });

  it('a back-office page whose data never arrived is refused and nothing is stored', async () => {
    const before = (await readTable(e2e.session.worker, 'metrics')).length;
    const page = await e2e.session.context.newPage();
    await page.route('**/getShopKeyWordWithWeb.json*', (route) => route.abort());
    await page.goto('https://sycm.1688.com/ms/flow/keywords.htm');
    const popup = await captureThroughPopup(e2e.session, page, 'backoffice');
    expect(await popup.getByTestId('capture-error').innerText()).toContain('没有找到可以采集的后台数据');
    expect((await readTable(e2e.session.worker, 'metrics')).length).toBe(before);
  });
});
