import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, openPanelTab, openPopupFor } from '../../scripts/support/extension-actions';
import { useE2E } from './support/session';

const e2e = useE2E();

/** Visits a page and returns it with the popup opened (as a tab) for that page. */
async function visitAndOpenPopup(url: string): Promise<{ page: Page; popup: Page }> {
  const page = await openPage(e2e.session, url);
  return { page, popup: await openPopupFor(e2e.session, page) };
}

/** Reads the visits the background wrote, straight from the extension's IndexedDB. */
async function readVisits(): Promise<{ url: string; kind: string; platform: string | null; keyword: string | null }[]> {
  return e2e.session.worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('duibiao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('visits').objectStore('visits').getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function waitForVisit(urlPart: string): Promise<{ kind: string; platform: string | null; keyword: string | null; url: string }> {
  await expect.poll(async () => (await readVisits()).some((v) => v.url.includes(urlPart)), { timeout: 10_000 }).toBe(true);
  return (await readVisits()).find((v) => v.url.includes(urlPart))!;
}

describe('content script → background → IndexedDB → UI', () => {
  it('detects a Taobao search page, stores the visit, and the side panel shows it', async () => {
    const { popup } = await visitAndOpenPopup('https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3');
    const summary = popup.getByTestId('page-summary');
    await expect.poll(() => summary.getAttribute('data-kind')).toBe('search');
    expect(await summary.innerText()).toContain('关键词：连帽卫衣女');
    expect(await popup.getByTestId('capabilities').innerText()).toContain('采集前60');

    const visit = await waitForVisit('s.taobao.com/search');
    expect(visit).toMatchObject({ platform: 'taobao', kind: 'search', keyword: '连帽卫衣女' });

    const panel = await openPanelTab(e2e.session, 'history');
    await panel.getByTestId('history-view-visits').click();
    const row = panel.locator('[data-testid=visit-list] tr[data-kind=search][data-platform=taobao]').first();
    await row.waitFor();
    expect(await row.innerText()).toContain('连帽卫衣女');
  });

  it('on a listing editor the popup offers the title optimiser that ships, never as 即将推出', async () => {
    const { popup } = await visitAndOpenPopup('https://offer-new.1688.com/popular/publish.htm?id=597090034012&operator=edit');
    await expect.poll(() => popup.getByTestId('page-summary').getAttribute('data-kind')).toBe('listing-editor');
    const capabilities = await popup.getByTestId('capabilities').innerText();
    expect(capabilities).toContain('边写标题边打分');
    expect(capabilities).not.toContain('即将推出');
    expect(await popup.getByTestId('open-title-optimiser').innerText()).toBe('打开标题优化');
  });

  it('detects a 1688 search page and decodes its GBK keyword', async () => {
    const { popup } = await visitAndOpenPopup(
      'https://s.1688.com/selloffer/offer_search.htm?keywords=%C1%AC%C3%B1%CE%C0%D2%C2&beginPage=1',
    );
    const summary = popup.getByTestId('page-summary');
    await expect.poll(() => summary.getAttribute('data-platform')).toBe('1688');
    expect(await summary.innerText()).toContain('关键词：连帽卫衣');
    expect(await waitForVisit('s.1688.com')).toMatchObject({ platform: '1688', kind: 'search', keyword: '连帽卫衣' });
  });

  it('reports the 1688 listing manager from inside the work.1688.com iframe', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto('https://work.1688.com/');
    expect(await waitForVisit('offer.1688.com/offer/manage.htm')).toMatchObject({ platform: '1688', kind: 'backoffice-list' });
  });

  it('says an unknown platform page is not supported and keeps it out of 历史', async () => {
    const { popup } = await visitAndOpenPopup('https://www.taobao.com/?spm=a21bo.jianhua&token=private');
    await expect.poll(() => popup.getByTestId('page-summary').getAttribute('data-kind')).toBe('unknown');
    expect(await popup.getByTestId('unknown-page').innerText()).toContain('暂不支持');
    // A page visited after it is stored, with its tracking parameter stripped; the unknown one never is.
    await visitAndOpenPopup('https://s.taobao.com/search?q=%E5%90%8E%E6%9D%A5&spm=a21bo.1&pvid=abc');
    expect((await waitForVisit('q=%E5%90%8E%E6%9D%A5')).url).toBe('https://s.taobao.com/search?q=%E5%90%8E%E6%9D%A5');
    expect((await readVisits()).some((v) => v.url.includes('www.taobao.com') || v.url.includes('token'))).toBe(false);
  });

  it('survives a malformed page whose own scripts throw', async () => {
    const { popup } = await visitAndOpenPopup('https://s.taobao.com/search?q=x&dbfx=broken');
    await expect.poll(() => popup.getByTestId('page-summary').getAttribute('data-kind')).toBe('search');
    // 历史 keeps only the parameters that say which page it is (dbfx, the test server's variant, is not one).
    expect(await waitForVisit('search?q=x')).toMatchObject({ kind: 'search', keyword: 'x', url: 'https://s.taobao.com/search?q=x' });
  });

  it('says so on a site that is not a platform (no content script there)', async () => {
    const { popup } = await visitAndOpenPopup('https://www.example.com/');
    await popup.getByText('当前页面不是淘宝、天猫或1688页面').waitFor();
    expect((await readVisits()).some((v) => v.url.includes('example.com'))).toBe(false);
  });
});
