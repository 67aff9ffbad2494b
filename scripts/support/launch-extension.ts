import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** Host names served by the local fixture server instead of the internet. */
export const PLATFORM_HOSTS = ['*.taobao.com', '*.tmall.com', '*.tmall.hk', '*.1688.com', '*.alicdn.com', 'www.example.com'];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens an extension page (popup.html, sidepanel.html…) as a tab. */
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  executablePath: string;
  extensionDir: string;
  serverPort: number;
  headless: boolean;
}

/**
 * Starts Chromium with the built extension and every platform host mapped to the local fixture server
 * (any other host fails to resolve, so no test or demo can reach the internet).
 */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionSession> {
  const profile = mkdtempSync(join(tmpdir(), 'duibiao-profile-'));
  const rules = [...PLATFORM_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${options.serverPort}`), 'MAP * ~NOTFOUND'].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath,
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    ignoreDefaultArgs: ['--disable-extensions'],
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    args: [
      ...(options.headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The tab id of a page, read by the service worker (the page is brought to front first). */
export async function readTabId(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  return session.worker.evaluate(async (expected: string) => {
    // Runs in the service worker, where `chrome` is the extension API.
    const api = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } } }).chrome;
    const tabs = await api.tabs.query({ active: true, lastFocusedWindow: true });
    const tab = tabs[0];
    if (!tab?.id) throw new Error(`no active tab for ${expected}`);
    return tab.id;
  }, url);
}
