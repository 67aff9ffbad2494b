import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { findChromium } from '../support/find-chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchWithExtension, type ExtensionSession } from '../support/launch-extension';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where `wxt build --mode bench` writes the extension the browser cases load. */
export const BENCH_EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-bench');

export interface BenchBrowser {
  session: ExtensionSession;
  server: FixtureServer;
  /** The project's analysis code as one script, to evaluate in a page. */
  bundle: string;
  close: () => Promise<void>;
}

let shared: Promise<BenchBrowser> | null = null;

/**
 * One Chromium for all browser cases: the bench build of the extension (content-script timing marks,
 * see lib/runtime/bench-marks.ts) and the fixture server.
 */
export function openBenchBrowser(): Promise<BenchBrowser> {
  shared ??= (async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium not found: set CHROME_PATH or install Debian chromium');
    execFileSync(resolve(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'bench'], { cwd: ROOT, stdio: 'ignore' });
    const out = await build({
      entryPoints: [resolve(import.meta.dirname, 'browser-entry.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      write: false,
      minify: true,
    });
    // 800×800 product pictures, the size the platforms recommend for main images.
    const server = await startFixtureServer(resolve(ROOT, 'tests/fixtures/sites'), 0, { imageSize: 800 });
    const session = await launchWithExtension({
      executablePath,
      extensionDir: BENCH_EXTENSION_DIR,
      serverPort: server.port,
      headless: true,
    });
    return {
      session,
      server,
      // tsx compiles the bench with keepNames, so functions passed to page.evaluate call __name().
      bundle: `globalThis.__name ??= (f) => f;\n${out.outputFiles[0]!.text}`,
      close: async () => {
        await session.close();
        await server.close();
      },
    };
  })();
  return shared;
}

/** A plain web page (no extension) with the bench bundle loaded: for cases that need a page origin's IndexedDB or DOM. */
export async function openBenchTab(): Promise<import('playwright-core').Page> {
  const browser = await openBenchBrowser();
  const tab = await browser.session.context.newPage();
  await tab.goto('https://www.example.com/');
  await tab.evaluate(browser.bundle);
  return tab;
}

export async function closeBenchBrowser(): Promise<void> {
  if (shared) await (await shared).close();
  shared = null;
}
