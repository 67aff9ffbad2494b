import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SearchSnapshot } from '../../lib/model/records';
import {
  captureThroughPopup,
  clickToDownload,
  openPage as open,
  openPanelTab,
  readDownload,
} from '../../scripts/support/extension-actions';
import { readTable } from './support/extension-db';
import { useE2E } from './support/session';

const e2e = useE2E();

const TB = 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';
const A1688 = 'https://s.1688.com/selloffer/offer_search.htm?keywords=%C1%AC%C3%B1%CE%C0%D2%C2';

const openPage = (url: string): Promise<Page> => open(e2e.session, url);
const capture = (page: Page): Promise<Page> => captureThroughPopup(e2e.session, page, 'top60');

const marks = (page: Page, kind: 'rank' | 'ad'): ReturnType<Page['locator']> => page.locator(`duibiao-mark[data-duibiao=${kind}]`);

describe('top-60 capture in Chromium', () => {
  it('Taobao: overlay ranks → capture page 1 (partial) → page 2 completes it → side panel → XLSX round trip', async () => {
    const page1 = await openPage(TB);
    await expect.poll(() => marks(page1, 'rank').count(), { timeout: 10_000 }).toBe(44);
    expect(await marks(page1, 'ad').count()).toBe(4);
    // The first organic card shows rank 1 (cards 1 and 2 are ads).
    const firstRank = await page1
      .locator('#content_items_wrapper a')
      .nth(2)
      .locator('duibiao-mark')
      .evaluate((el) => el.shadowRoot!.querySelector('.mark')!.textContent);
    expect(firstRank).toBe('1');
    expect(await page1.locator('#duibiao-summary-host').evaluate((el) => el.shadowRoot!.textContent)).toContain(
      '自然结果 44 个 · 广告 4 个',
    );

    const popup1 = await capture(page1);
    const saved1 = popup1.getByTestId('capture-saved');
    expect(await saved1.getAttribute('data-count')).toBe('44');
    expect(await saved1.getAttribute('data-complete')).toBe('false');
    expect(await saved1.innerText()).toContain('翻到第2页');

    const page2 = await openPage(`${TB}&page=2&dbfx=p2`);
    await expect.poll(() => marks(page2, 'rank').count(), { timeout: 10_000 }).toBe(46);
    const popup2 = await capture(page2);
    const saved2 = popup2.getByTestId('capture-saved');
    expect(await saved2.getAttribute('data-count')).toBe('60');
    expect(await saved2.innerText()).toContain('已补充到上一个快照');

    const snapshots = await readTable<SearchSnapshot>(e2e.session.worker, 'snapshots');
    const snapshot = snapshots.find((s) => s.platform === 'taobao' && s.keyword === '连帽卫衣女')!;
    expect(snapshot).toMatchObject({ complete: true, pages: [1, 2], adsExcluded: 5 });
    expect(snapshot.items).toHaveLength(60);

    const panel = await openPanelTab(e2e.session, 'benchmark');
    await panel.getByTestId('snapshot-view').waitFor();
    expect(await panel.getByTestId('snapshot-status').innerText()).toContain('完整 60/60');
    const meanPrice = snapshot.items.reduce((s, i) => s + i.priceMin!, 0) / 60;
    expect(await panel.locator('[data-stat=均价]').innerText()).toContain(`¥${meanPrice.toFixed(2)}`);
    expect(await panel.locator('[data-testid=price-bands] rect').count()).toBe(10);
    // Words per title appear once the segmenter has loaded in the panel.
    await panel.locator('[data-stat=平均词数]').waitFor();
    expect(await panel.locator('[data-testid=item-table] tbody tr').count()).toBe(60);
    // Sorting by price puts the cheapest first.
    await panel.locator('button[data-sort=price]').click();
    await panel.locator('button[data-sort=price]').click();
    const cheapest = Math.min(...snapshot.items.map((i) => i.priceMin!));
    expect(await panel.locator('[data-testid=item-table] tbody tr').first().locator('[data-col=price]').innerText()).toBe(
      `¥${cheapest.toFixed(2)}`,
    );

    const download = await clickToDownload(panel, 'export-xlsx');
    expect(download.suggestedFilename()).toMatch(/^对标_taobao_连帽卫衣女_\d{8}-\d{4}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readDownload(download)).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(61);
    for (let i = 0; i < 60; i++) {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(2).value).toBe(snapshot.items[i]!.itemId);
      expect(row.getCell(4).value).toBe(snapshot.items[i]!.priceMin);
      expect(row.getCell(6).value ?? null).toBe(snapshot.items[i]!.sales);
    }
  });

  it('1688: the page’s own JSONP response is observed, ads excluded, snapshot from mtop', async () => {
    const page = await openPage(`${A1688}&beginPage=1`);
    await expect.poll(() => marks(page, 'rank').count(), { timeout: 10_000 }).toBe(56);
    expect(await marks(page, 'ad').count()).toBe(4);
    const popup = await capture(page);
    expect(await popup.getByTestId('capture-saved').getAttribute('data-count')).toBe('56');
    const snapshot = (await readTable<SearchSnapshot>(e2e.session.worker, 'snapshots')).find((s) => s.platform === '1688')!;
    expect(snapshot).toMatchObject({ sources: ['mtop'], keyword: '连帽卫衣', adsExcluded: 4, complete: false });
    expect(snapshot.items.every((i) => i.repurchaseRate !== null)).toBe(true);
  });

  it('Taobao: an XHR-loaded result list is observed and used', async () => {
    const page = await openPage(`https://s.taobao.com/search?q=%E5%8D%AB%E8%A1%A3&dbfx=mtop`);
    await expect.poll(() => marks(page, 'rank').count(), { timeout: 10_000 }).toBe(46);
    const popup = await capture(page);
    expect(await popup.getByTestId('capture-saved').getAttribute('data-count')).toBe('46');
    const snapshot = (await readTable<SearchSnapshot>(e2e.session.worker, 'snapshots')).find((s) => s.keyword === '卫衣')!;
    expect(snapshot.sources).toEqual(['mtop']);
  });

  it('a page script cannot feed forged items: messages are not heard, a forged response is out-voted by the cards', async () => {
    // search~forged.html: 48 real cards (2 ads); its script posts observer-shaped messages, offers a fake
    // channel handshake and loads 60 forged items at ¥0.01 through its own XHR, which the observer does see.
    const page = await openPage('https://s.taobao.com/search?q=%E4%BC%AA%E9%80%A0%E6%B5%8B%E8%AF%95&dbfx=forged');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.forgedLoaded), { timeout: 10_000 }).toBe('true');
    await page.waitForTimeout(2500); // the script keeps posting for 2 s
    const seen = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(seen).toMatchObject({ observerGlobal: 'false', fetchNative: 'true', xhrNative: 'true' });
    await expect.poll(() => marks(page, 'rank').count(), { timeout: 10_000 }).toBe(46);

    const popup = await capture(page);
    expect(await popup.getByTestId('capture-saved').getAttribute('data-count')).toBe('46');
    expect(await popup.getByTestId('capture-warnings').innerText()).toContain('对不上');
    const snapshot = (await readTable<SearchSnapshot>(e2e.session.worker, 'snapshots')).find((s) => s.keyword === '伪造测试')!;
    expect(snapshot.sources).toEqual(['dom']);
    expect(snapshot.items).toHaveLength(46);
    for (const item of snapshot.items) {
      expect(item.itemId).toMatch(/^67\d+$/);
      expect(item.priceMin).toBeGreaterThan(1);
      expect(item.imageUrl ?? 'https://x.alicdn.com/').toMatch(/^https:\/\/[\w.-]+\.alicdn\.com\//);
    }
  });

  it('an unknown layout is refused with the missing fields and nothing is saved', async () => {
    const before = (await readTable(e2e.session.worker, 'snapshots')).length;
    const page = await openPage(`${TB}&dbfx=unknown-layout`);
    const popup = await capture(page);
    const error = await popup.getByTestId('capture-error').innerText();
    expect(error).toContain('缺少：title、price');
    expect(error).toContain('没有保存任何数据');
    expect(await marks(page, 'rank').count()).toBe(0);
    expect((await readTable(e2e.session.worker, 'snapshots')).length).toBe(before);
  });

  it('overlays can be switched off in 设置 and stay off on the next result page', async () => {
    const panel = await openPanelTab(e2e.session, 'settings');
    const toggle = panel.getByLabel('在搜索结果页显示自然排名、广告标记和汇总浮窗');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click(); // the box follows the stored value (live query), so poll the store
    await expect
      .poll(async () => (await readTable<{ value: { showOverlays: boolean } }>(e2e.session.worker, 'settings'))[0]?.value.showOverlays)
      .toBe(false);
    const page = await openPage(TB);
    await page.waitForTimeout(1500);
    expect(await marks(page, 'rank').count()).toBe(0);
    expect(await page.locator('#duibiao-summary-host').count()).toBe(0);
    // Capture still works without overlays.
    const popup = await capture(page);
    expect(await popup.getByTestId('capture-saved').getAttribute('data-count')).toBe('44');
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
  });
});
