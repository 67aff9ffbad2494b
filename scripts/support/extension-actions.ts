import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { readTabId, type ExtensionSession } from './launch-extension';

/**
 * What a user does with the extension, as page helpers shared by the demo and the end-to-end tests: open a
 * platform page, open the popup for it, press one of the popup's capture buttons, open a side-panel tab.
 */

export async function openPage(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

/** The popup for a page's tab (opened as a tab of its own with `?tab=<id>`). */
export async function openPopupFor(session: ExtensionSession, page: Page): Promise<Page> {
  return session.openExtensionPage(`popup.html?tab=${await readTabId(session, page)}`);
}

/** The popup's capture buttons and the test ids of their answers. */
const CAPTURES = {
  top60: { button: '采集前60', saved: 'capture-saved' },
  item: { button: '采集此页', saved: 'item-saved' },
  backoffice: { button: '采集后台数据', saved: 'backoffice-saved' },
} as const;
export type CaptureKind = keyof typeof CAPTURES;

/** Opens the popup for the page, presses the capture button and returns the popup once it answered (saved or error). */
export async function captureThroughPopup(session: ExtensionSession, page: Page, kind: CaptureKind): Promise<Page> {
  const popup = await openPopupFor(session, page);
  const { button, saved } = CAPTURES[kind];
  await popup.getByRole('button', { name: button }).click();
  await popup.locator(`[data-testid=${saved}], [data-testid=capture-error]`).first().waitFor({ timeout: 15_000 });
  return popup;
}

/** A side-panel tab (`benchmark`, `title`, …), optionally linked to a page's tab and at a given size. */
export async function openPanelTab(
  session: ExtensionSession,
  tab: string,
  options: { linkedTo?: Page; size?: { width: number; height: number } } = {},
): Promise<Page> {
  const query = options.linkedTo ? `?tab=${await readTabId(session, options.linkedTo)}` : '';
  const panel = await session.openExtensionPage(`sidepanel.html${query}#${tab}`);
  if (options.size) await panel.setViewportSize(options.size);
  return panel;
}

/**
 * 店铺 → 导入: picks an export file; when the file states no period, answers the question with `period`
 * (ISO dates). Resolves when the import message shows.
 */
export async function importExport(shop: Page, file: string, period: { start: string; end: string }): Promise<string> {
  await shop.getByTestId('import-file').setInputFiles(file);
  const ask = shop.getByTestId('import-period');
  const message = shop.getByTestId('import-message');
  await ask.or(message).first().waitFor();
  if (await ask.isVisible()) {
    await shop.getByTestId('period-start').fill(period.start);
    await shop.getByTestId('period-end').fill(period.end);
    await shop.getByTestId('import-with-period').click();
  }
  await message.waitFor();
  return message.innerText();
}

/** Clicks the element with this test id and waits for the download it starts. */
export async function clickToDownload(page: Page, testId: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return download;
}

/** The bytes of a finished download. */
export async function readDownload(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}
