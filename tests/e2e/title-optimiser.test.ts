import { describe, expect, it } from 'vitest';
import { captureThroughPopup, openPage, openPanelTab } from '../../scripts/support/extension-actions';
import { useE2E } from './support/session';

const e2e = useE2E();

describe('side-panel title optimiser on a listing editor', () => {
  it('scores as the title is typed and writes a proposal back so the page sees it', async () => {
    // A benchmark: capture the 1688 result page for 连帽卫衣.
    const search = await openPage(
      e2e.session,
      'https://s.1688.com/selloffer/offer_search.htm?keywords=%C1%AC%C3%B1%CE%C0%D2%C2&beginPage=1',
    );
    const popup = await captureThroughPopup(e2e.session, search, 'top60');
    await popup.getByTestId('capture-saved').waitFor();

    const editor = await openPage(e2e.session, 'https://offer-new.1688.com/popular/publish.htm?id=597090034012&operator=edit');
    const panel = await openPanelTab(e2e.session, 'title', { linkedTo: editor });
    await panel.getByTestId('editor-linked').waitFor({ timeout: 15_000 });
    const scoreOf = async (): Promise<number> => Number(await panel.getByTestId('title-score').getAttribute('data-score'));
    await panel.getByTestId('title-score').waitFor();
    const initial = await scoreOf();
    expect(await panel.locator('.current-title').innerText()).toBe('连帽卫衣');

    // Type in the editor page: every keystroke reaches the side panel.
    const field = editor.locator('#offer-title');
    await editor.bringToFront();
    await field.click();
    await field.press('End');
    await field.pressSequentially('女加绒加厚宽松');
    await expect.poll(() => panel.locator('.current-title').innerText()).toBe('连帽卫衣女加绒加厚宽松');
    await expect.poll(scoreOf).toBeGreaterThan(initial);
    expect(await panel.getByTestId('segmentation').innerText()).toContain('连帽卫衣 / 女 / 加绒 / 加厚 / 宽松');

    // A banned word is flagged and caps the score.
    await field.pressSequentially('最好');
    await panel.getByTestId('banned-hits').waitFor();
    expect(await panel.getByTestId('banned-hits').innerText()).toContain('违禁词“最好”');
    expect(await scoreOf()).toBeLessThanOrEqual(40);

    // Apply the best proposal: the field changes and the page's own (React-like) listener sees it.
    const best = panel.locator('[data-testid=proposals] li').first();
    const proposal = await best.locator('.proposal-title').innerText();
    expect(proposal).toContain('连帽卫衣');
    await best.getByRole('button', { name: '应用' }).click();
    await expect.poll(() => field.inputValue()).toBe(proposal);
    await expect.poll(() => editor.locator('#page-saw').innerText()).toBe(proposal);
    await expect.poll(() => panel.locator('.current-title').innerText()).toBe(proposal);
    expect(Number(await editor.locator('#page-changes').innerText())).toBeGreaterThan(8);
  });

  it('works standalone: paste a title into the panel', async () => {
    const panel = await openPanelTab(e2e.session, 'title');
    await panel.getByTestId('title-draft').fill('全网最低价连帽卫衣');
    await panel.getByTestId('banned-hits').waitFor();
    expect(await panel.getByTestId('banned-hits').innerText()).toContain('全网最低价');
    expect(await panel.getByTestId('word-bank').locator('tbody tr').count()).toBeGreaterThan(10);
  });

  it('names a competitor’s brand store under the word bank and never proposes its brand', async () => {
    // Result page for 连帽卫衣女 with 拾光旗舰店 among the competitors (it writes 拾光 at the head of its titles).
    const search = await openPage(
      e2e.session,
      'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3&dbfx=brand-store',
    );
    const popup = await captureThroughPopup(e2e.session, search, 'top60');
    await popup.getByTestId('capture-saved').waitFor();

    const panel = await openPanelTab(e2e.session, 'title');
    await panel.getByTestId('title-draft').fill('连帽卫衣女加绒宽松');
    await expect.poll(() => panel.getByTestId('store-brands').innerText(), { timeout: 15_000 }).toContain('拾光');
    const proposals = await panel.locator('[data-testid=proposals] .proposal-title').allInnerTexts();
    expect(proposals.length).toBeGreaterThan(2);
    expect(proposals.filter((p) => p.includes('拾光'))).toEqual([]);
    expect(proposals.every((p) => p.includes('连帽卫衣女'))).toBe(true);
  });
});
