import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../lib/model/history';
import type { SearchSnapshot } from '../../lib/model/records';
import { captureThroughPopup, clickToDownload, openPage, openPanelTab, readDownload } from '../../scripts/support/extension-actions';
import { readTable } from './support/extension-db';
import { useE2E } from './support/session';

const e2e = useE2E();

const TB = 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';

/** Writes one of my listings straight into the extension's database (as a back-office capture would). */
async function addOwnListing(worker: Worker, itemId: string): Promise<void> {
  await worker.evaluate(
    (id: string) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('duibiao');
        open.onsuccess = () => {
          const tx = open.result.transaction('listings', 'readwrite');
          tx.objectStore('listings').put({
            key: `taobao:${id}`,
            platform: 'taobao',
            itemId: id,
            title: '我的连帽卫衣',
            price: 99,
            stock: 10,
            status: '出售中',
            benchmarkSnapshotId: null,
            capturedAt: Date.now(),
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    itemId,
  );
}

/** The toolbar badge, read in the service worker (where `chrome` is the extension API). */
const badgeText = (worker: Worker): Promise<string> =>
  worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }).chrome.action.getBadgeText({}),
  );

const markText = (page: Page, kind: string): Promise<string[]> =>
  page.locator(`duibiao-mark[data-duibiao=${kind}]`).evaluateAll((els) => els.map((el) => el.shadowRoot!.textContent ?? ''));

describe('history in Chromium', () => {
  it('the same search captured twice → 趋势 shows moves and charts, my rank, a 动态 alert and the toolbar badge', async () => {
    const first = await openPage(e2e.session, TB);
    await expect.poll(() => first.locator('duibiao-mark[data-duibiao=rank]').count(), { timeout: 10_000 }).toBe(44);
    await captureThroughPopup(e2e.session, first, 'top60');
    const [older] = await readTable<SearchSnapshot>(e2e.session.worker, 'snapshots');
    // The item at organic rank 15 is mine (an own listing); the later page puts it first.
    const mine = older!.items[14]!;
    await addOwnListing(e2e.session.worker, mine.itemId);
    expect(await badgeText(e2e.session.worker)).toBe('');

    const later = await openPage(e2e.session, `${TB}&dbfx=later`);
    await expect.poll(() => markText(later, 'mine'), { timeout: 10_000 }).toEqual(['我的·1']);
    await captureThroughPopup(e2e.session, later, 'top60');
    const snapshots = await readTable<SearchSnapshot>(e2e.session.worker, 'snapshots');
    expect(snapshots).toHaveLength(2);
    const newer = snapshots[1]!;
    expect(newer.items[0]!.itemId).toBe(mine.itemId);

    // 动态: my item 15 → 1 (mine, ≥ 5 places) and into the top 10; organic 10 pushed out to 11.
    const alerts = await readTable<Alert>(e2e.session.worker, 'alerts');
    expect(alerts.map((a) => [a.kind, a.itemId, a.from, a.to]).sort()).toEqual(
      [
        ['entered-top10', mine.itemId, 15, 1],
        ['left-top10', older!.items[9]!.itemId, 10, 11],
        ['my-rank-moved', mine.itemId, 15, 1],
      ].sort(),
    );
    await expect.poll(() => badgeText(e2e.session.worker)).toBe('3');

    const panel = await openPanelTab(e2e.session, 'history');
    const trend = panel.getByTestId('search-trend');
    await trend.waitFor();
    expect(await trend.getAttribute('data-snapshots')).toBe('2');
    // uPlot draws on a canvas, with one legend row per series.
    await panel.locator('[data-testid=trend-chart-price] canvas').waitFor();
    expect(await panel.getByTestId('trend-chart-price').getAttribute('data-points')).toBe('2');
    expect(await panel.locator('[data-testid=trend-chart-price] .u-legend .u-series').count()).toBe(3);
    // My rank: first now, up 14.
    const myRow = panel.locator(`[data-testid=my-ranks] tr[data-item="${mine.itemId}"]`);
    expect(await myRow.getAttribute('data-rank')).toBe('1');
    expect(await myRow.innerText()).toContain('↑14');
    await panel.locator('[data-testid=my-rank-chart] canvas').waitFor();
    // What moved: the new entrant, the item that left, the riser, the price cut.
    const changes = panel.getByTestId('changes-table');
    const leaver = older!.items[43]!.itemId;
    const entrant = newer.items[43]!.itemId;
    expect(await changes.locator(`tr[data-change=entered][data-item="${entrant}"]`).count()).toBe(1);
    expect(await changes.locator(`tr[data-change=left][data-item="${leaver}"]`).count()).toBe(1);
    expect(await changes.locator(`tr[data-change=moved][data-item="${mine.itemId}"]`).innerText()).toContain('第15 → 第1名');
    const cut = older!.items[4]!;
    expect(await changes.locator(`tr[data-change=price][data-item="${cut.itemId}"]`).innerText()).toContain(
      `¥${(Math.round(cut.priceMin! * 80) / 100).toFixed(2)}`,
    );
    // Each kind of change is listed once per item: as many rows as the summary line counts.
    const summary = await panel.getByTestId('changes-summary').innerText();
    for (const [label, kind] of [
      ['新进入前60', 'entered'],
      ['离开', 'left'],
      ['排名变化', 'moved'],
      ['价格变化', 'price'],
      ['销量变化', 'sales'],
    ] as const) {
      const counted = Number(new RegExp(`${label} (\\d+) 个`).exec(summary)?.[1]);
      expect(await changes.locator(`tr[data-change=${kind}]`).count(), label).toBe(counted);
    }
    // The trend exports as a spreadsheet row per capture.
    const csv = (await readDownload(await clickToDownload(panel, 'trend-export-csv'))).toString('utf8');
    expect(csv.trim().split('\n')).toHaveLength(3);
    expect(csv).toContain(`我的 ${mine.itemId} 排名`);

    // 动态 in the panel: dismissing one entry updates the toolbar badge.
    await panel.getByTestId('history-view-alerts').click();
    const rows = panel.getByTestId('alert');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await panel.locator('[data-testid=alert][data-kind=my-rank-moved]').innerText()).toContain('我的排名：第15名 → 第1名（↑14）');
    await panel.locator('[data-testid=alert][data-kind=left-top10] [data-testid=alert-dismiss]').click();
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => badgeText(e2e.session.worker)).toBe('2');
  });
});
