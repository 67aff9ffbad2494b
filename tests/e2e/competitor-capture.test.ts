import { describe, expect, it } from 'vitest';
import type { ItemCapture } from '../../lib/model/records';
import { captureThroughPopup, openPage, openPanelTab } from '../../scripts/support/extension-actions';
import { readTable } from './support/extension-db';
import { useE2E } from './support/session';

const e2e = useE2E();

async function captureItem(url: string): Promise<import('playwright-core').Page> {
  return captureThroughPopup(e2e.session, await openPage(e2e.session, url), 'item');
}

describe('competitor item capture in Chromium', () => {
  it('captures a 1688 offer, shows it in 竞品, and a changed re-capture shows the diff', async () => {
    const url = 'https://detail.1688.com/offer/597090034012.html';
    const first = await captureItem(url);
    expect(await first.getByTestId('item-saved').getAttribute('data-version')).toBe('1');

    const captures = await readTable<ItemCapture>(e2e.session.worker, 'captures');
    expect(captures).toHaveLength(1);
    expect(captures[0]).toMatchObject({ itemId: '597090034012', sales: 35960, shop: '广州欧博化妆品有限公司', source: '__INIT_DATA' });
    expect(captures[0]!.description).toContain('洁面乳温和清洁');
    expect(JSON.stringify(captures)).not.toMatch(/buyer(UserId|LoginId|MemberId)|REDACTED/);

    const panel = await openPanelTab(e2e.session, 'competitors');
    const row = panel.locator('[data-testid=competitor-list] tr[data-item-key="1688:597090034012"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('梵贞男士洗面奶');

    // The same offer later: new title words, higher sales, one image replaced, SKUs changed.
    const second = await captureItem(`${url}?dbfx=changed`);
    expect(await second.getByTestId('item-saved').getAttribute('data-version')).toBe('2');
    const diff = await second.getByTestId('changes').innerText();
    expect(diff).toContain('销量');
    expect(diff).toContain('新增 1 张，删除 1 张');
    expect(await second.locator('[data-testid=title-diff] ins').allInnerTexts()).toContain('控油');

    await row.locator('button.link-title').click();
    const detail = panel.getByTestId('competitor-detail');
    await detail.waitFor();
    expect(await detail.locator('h2').first().innerText()).toContain('一件代发');
    expect(await panel.locator('[data-testid=versions] > li').count()).toBe(2);
    expect(await panel.locator('[data-testid=versions] [data-testid=title-diff] del').allInnerTexts()).toContain('素颜霜');

    // Compare my title with the competitor's words.
    await panel.getByTestId('compare-title').fill('男士洗面奶套装');
    expect(await panel.getByTestId('compare-result').innerText()).toContain('补水');
  });

  it('a broken detail page is refused and nothing is stored', async () => {
    const before = (await readTable(e2e.session.worker, 'captures')).length;
    const popup = await captureItem('https://detail.1688.com/offer/730000000001.html');
    expect(await popup.getByTestId('capture-error').innerText()).toContain('缺少：title');
    expect((await readTable(e2e.session.worker, 'captures')).length).toBe(before);
  });

  it('captures a Tmall item page', async () => {
    const popup = await captureItem('https://detail.tmall.com/item.htm?id=612345678901');
    expect(await popup.getByTestId('item-saved').getAttribute('data-version')).toBe('1');
    const tmall = (await readTable<ItemCapture>(e2e.session.worker, 'captures')).find((c) => c.platform === 'tmall');
    expect(tmall).toMatchObject({ itemId: '612345678901', priceMin: 159, priceMax: 199 });
  });

  it('the real Tmall capture (2026-09, SSR): price range, ship-from, every SKU with price and stock, original images', async () => {
    const popup = await captureItem('https://detail.tmall.com/item.htm?id=617129397971&dbfx=real');
    expect(await popup.getByTestId('item-saved').getAttribute('data-version')).toBe('1');
    const real = (await readTable<ItemCapture>(e2e.session.worker, 'captures')).find((c) => c.itemId === '617129397971')!;
    expect(real).toMatchObject({ source: 'ice', priceMin: 29.9, priceMax: 34.9, shop: 'sportlink旗舰店', shipFrom: '广东深圳' });
    expect(real.skus).toHaveLength(10);
    expect(real.skus.every((s) => s.price !== null && s.stock !== null && !s.name.endsWith('推荐'))).toBe(true);
    expect(real.images.every((u) => u.endsWith('.jpg'))).toBe(true);
  });

  it('the real 1688 window.context capture (2026-09): $ref pointers resolved, no buyer field stored', async () => {
    const popup = await captureItem('https://detail.1688.com/offer/943009939489.html');
    expect(await popup.getByTestId('item-saved').getAttribute('data-version')).toBe('1');
    const real = (await readTable<ItemCapture>(e2e.session.worker, 'captures')).find((c) => c.itemId === '943009939489')!;
    expect(real).toMatchObject({ source: 'context', priceMin: 20.5, priceMax: 41.5, shipFrom: '地区占位', sales: 392 });
    expect(real.images.length).toBeGreaterThan(0);
    expect(JSON.stringify(real)).not.toMatch(/buyer/i);
  });
});
