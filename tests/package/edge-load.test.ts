import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openPopupFor } from '../../scripts/support/extension-actions';
import { findChromium } from '../../scripts/support/find-chromium';
import { startFixtureServer, type FixtureServer } from '../../scripts/support/fixture-server';
import { launchWithExtension, type ExtensionSession } from '../../scripts/support/launch-extension';
import { storePackagePath } from '../../scripts/support/store-packages';
import { readPackage } from './support/read-package';

const SITES_DIR = resolve(import.meta.dirname, '../fixtures/sites');
const TB = 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';

let unpacked: string;
let server: FixtureServer;
let session: ExtensionSession;

/**
 * Edge is Chromium: the Edge store package, unpacked as Edge would, loads in Chromium and works (service
 * worker up, content script marks a result page, popup answers for the page).
 */
beforeAll(async () => {
  const pkg = await readPackage(storePackagePath('edge'));
  unpacked = mkdtempSync(join(tmpdir(), 'duibiao-edge-'));
  for (const name of pkg.files) {
    const target = join(unpacked, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await pkg.zip.file(name)!.async('uint8array'));
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: set CHROME_PATH or install Debian chromium (see README)');
  server = await startFixtureServer(SITES_DIR);
  session = await launchWithExtension({ executablePath, extensionDir: unpacked, serverPort: server.port, headless: true });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  if (unpacked) rmSync(unpacked, { recursive: true, force: true });
});

describe('Edge store package', () => {
  it('loads unpacked in Chromium and works on a result page', async () => {
    expect(session.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    const page = await openPage(session, TB);
    await expect.poll(() => page.locator('duibiao-mark[data-duibiao=rank]').count(), { timeout: 10_000 }).toBe(44);
    const popup = await openPopupFor(session, page);
    await popup.getByTestId('capabilities').waitFor();
    expect(await popup.getByRole('button', { name: '采集前60' }).count()).toBe(1);
  });
});
