import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SearchSnapshot } from '../../lib/model/records';
import { captureThroughPopup, openPage, openPanelTab } from '../../scripts/support/extension-actions';
import { readTable } from './support/extension-db';
import { ROOT, useE2E } from './support/session';

const e2e = useE2E();

const marks = (page: Page): ReturnType<Page['locator']> => page.locator('duibiao-mark[data-duibiao=rank]');
const layout = (name: string): { cards: { itemId: string | null; isAd: boolean }[] } =>
  JSON.parse(readFileSync(`${ROOT}/tests/fixtures/layouts/${name}/expected.json`, 'utf8'));

describe('pages no selector of ours matches: the general reader', () => {
  it.each([
    ['s.taobao.com', 'https://s.taobao.com/search?q=%E5%A5%B3%E5%8C%85&dbfx=general', 'tb-1-utility-nvbao', '女包'],
    [
      's.1688.com',
      'https://s.1688.com/selloffer/offer_search.htm?keywords=%E7%8C%AB%E7%B2%AE&charset=utf8&dbfx=general',
      'al-2-cssmodule-maoliang',
      '猫粮',
    ],
  ])('%s: ranks drawn, 采集前60 saved as 通用识别', async (_host, url, name, keyword) => {
    const expected = layout(name);
    const organic = new Set(expected.cards.filter((c) => !c.isAd && c.itemId).map((c) => c.itemId)).size;
    const page = await openPage(e2e.session, url);
    await expect.poll(() => marks(page).count(), { timeout: 10_000 }).toBe(organic);
    const popup = await captureThroughPopup(e2e.session, page, 'top60');
    expect(await popup.getByTestId('capture-saved').getAttribute('data-count')).toBe(String(organic));
    expect(await popup.getByTestId('capture-warnings').innerText()).toContain('通用识别');
    const snapshot = (await readTable<SearchSnapshot>(e2e.session.worker, 'snapshots')).find((s) => s.keyword === keyword)!;
    expect(snapshot.sources).toEqual(['general']);
    expect(snapshot.adsExcluded).toBe(expected.cards.filter((c) => c.isAd).length);
    expect(snapshot.items.every((i) => /^\d+$/.test(i.itemId) && i.title && i.priceMin !== null)).toBe(true);
    // 对标 says where the figures came from and how much of each card was read.
    const panel = await openPanelTab(e2e.session, 'benchmark');
    await panel.getByTestId('snapshot-picker').selectOption(String(snapshot.id));
    expect(await panel.getByTestId('general-shares').innerText()).toContain('商品ID 100%，标题 100%，价格 100%');
  });
});

describe('1688 search 2025–26: the page keeps its offers in window.data (offerV2Showed)', () => {
  it('the observer reads the page state after load and the capture uses it (isBid offers are ads)', async () => {
    const page = await openPage(e2e.session, 'https://s.1688.com/selloffer/offer_search.htm?keywords=%C1%AC%C3%B1%CE%C0%D2%C2&dbfx=state');
    await page.getByText('共 50 个商品').waitFor();
    await page.waitForTimeout(1200); // the observer reads the state 1 s after load
    const popup = await captureThroughPopup(e2e.session, page, 'top60');
    expect(await popup.getByTestId('capture-saved').getAttribute('data-count')).toBe('47');
    const snapshot = (await readTable<SearchSnapshot>(e2e.session.worker, 'snapshots')).find((s) =>
      s.items.some((i) => i.itemId === '740000000001'),
    )!;
    expect(snapshot).toMatchObject({ sources: ['mtop'], adsExcluded: 3 });
  });
});

describe('保存页面用于反馈', () => {
  it('a refused page is saved as one file without buyer data, and the CLI reproduces the refusal', async () => {
    const page = await openPage(
      e2e.session,
      'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3&dbfx=unknown-layout',
    );
    // Buyer data a page might hold (an order panel, a logged-in buyer's ids, a token) must not leave in the file.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent =
        'var pageData = {"buyerNick":"buyer_zhang","buyerUserId":"99887766","receiverMobile":"13912345678","_tb_token_":"tok123"};';
      document.head.append(s);
      const p = document.createElement('p');
      p.textContent = '联系电话 13912345678';
      document.body.append(p);
    });
    const popup = await captureThroughPopup(e2e.session, page, 'top60');
    const refusal = await popup.getByTestId('capture-error').innerText();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: '保存页面用于反馈' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^对标页面反馈_s\.taobao\.com_\d{8}-\d{4}\.html$/);
    const file = (await download.path())!;
    const html = readFileSync(file, 'utf8');
    for (const secret of ['buyer_zhang', '99887766', '13912345678', 'tok123']) expect(html).not.toContain(secret);
    // The CLI reads the file back: same page, same refusal (exit 2 with the reason).
    const run = promisify(execFile);
    const cli = await run(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', file, '--json'], { cwd: ROOT }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect((cli as { code?: number }).code).toBe(2);
    const report = JSON.parse(cli.stdout) as { page: { kind: string; keyword: string }; failure: { reason: string; missing: string[] } };
    expect(report.page).toMatchObject({ kind: 'search', keyword: '连帽卫衣女' });
    expect(refusal).toContain(report.failure.reason);
    expect(refusal).toContain(`缺少：${report.failure.missing.join('、')}`);
  });
});
