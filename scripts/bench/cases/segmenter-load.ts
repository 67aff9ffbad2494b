import type { BrowserContext, Page } from 'playwright-core';
import { findChromium } from '../../support/find-chromium';
import { launchWithExtension } from '../../support/launch-extension';
import { BENCH_EXTENSION_DIR, openBenchBrowser } from '../chromium';
import { timingOf, type BenchResult } from '../measure';
import { benchWasmPath } from './titles';

interface Round {
  /** `duibiao:segmenter.load`: from the first use to a usable segmenter (settings read alongside). */
  totalMs: number;
  /** `duibiao:segmenter.wasm`: fetch + compile + instantiate (async; the main thread is mostly free). */
  wasmMs: number;
  /** `duibiao:segmenter.words`: jieba's dictionary built on first use + the e-commerce words (blocks). */
  wordsMs: number;
  /** Reference: fetching the same 4 MB file with the cache disabled, in another extension page first. */
  fetchMs: number;
  /** When the idle-time preload started, from the side panel's navigation start. */
  startedAtMs: number;
}

/**
 * Cold load of the segmenter in the side panel, as a user meets it: each round is a new Chromium (a wasm
 * module compiled earlier in the same renderer could be reused) with the HTTP cache disabled over CDP; the
 * side panel opens on 设置 and loads the segmenter at idle by itself (lib/runtime/load-segmenter.ts). Reports
 * the total, its parts and when it started (bench build measures).
 */
export async function benchSegmenterLoad(rounds = 6): Promise<BenchResult[]> {
  const bench = await openBenchBrowser(); // builds the bench extension and serves the fixtures
  const executablePath = findChromium()!;
  const wasmPath = benchWasmPath();
  const out: Round[] = [];
  for (let i = 0; i < rounds; i++) {
    const session = await launchWithExtension({
      executablePath,
      extensionDir: BENCH_EXTENSION_DIR,
      serverPort: bench.server.port,
      headless: true,
    });
    try {
      // Reference first, in another extension page, so it neither shares nor warms the measured load.
      const ref = await session.context.newPage();
      await disableCache(session.context, ref);
      await ref.goto(`chrome-extension://${session.extensionId}/popup.html`);
      const fetchMs = await ref.evaluate(async (url) => {
        const start = performance.now();
        await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
        return performance.now() - start;
      }, `chrome-extension://${session.extensionId}/${wasmPath}`);
      await ref.close();
      // The side panel on 设置 (a tab that never segments): the load that follows is the idle-time preload.
      const page = await session.context.newPage();
      await disableCache(session.context, page);
      await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html#settings`);
      await page.waitForFunction(() => performance.getEntriesByName('duibiao:segmenter.load').length > 0, null, { timeout: 30_000 });
      // No named helper inside evaluate: tsx's keepNames would wrap it in a __name() the page lacks.
      const [totalMs, wasmMs, wordsMs, startedAtMs] = await page.evaluate(() => [
        ...['load', 'wasm', 'words'].map((n) => performance.getEntriesByName(`duibiao:segmenter.${n}`)[0]?.duration ?? NaN),
        performance.getEntriesByName('duibiao:segmenter.load')[0]?.startTime ?? NaN,
      ]);
      const measures = { totalMs: totalMs!, wasmMs: wasmMs!, wordsMs: wordsMs!, startedAtMs: startedAtMs! };
      out.push({ ...measures, fetchMs });
    } finally {
      await session.close();
    }
  }
  const total = timingOf(out.map((r) => r.totalMs));
  const fetched = timingOf(out.map((r) => r.fetchMs));
  const median = (xs: number[]): number => timingOf(xs).medianUs / 1000;
  const wasm = median(out.map((r) => r.wasmMs));
  const startedAt = median(out.map((r) => r.startedAtMs));
  const words = median(out.map((r) => r.wordsMs));
  return [
    {
      name: 'segmenter cold load in the side panel (new Chromium each round, HTTP cache disabled)',
      subject: total,
      reference: fetched,
      referenceName: 'fetching the same 4 MB wasm, cache disabled',
      ratio: total.medianUs / fetched.medianUs,
      notes:
        `fetch + compile + instantiate ${wasm.toFixed(0)} ms (async) + jieba dictionary and e-commerce words ` +
        `${words.toFixed(0)} ms (main thread); over 300 ms: ${total.medianUs / 1000 > 300 ? 'yes' : 'no'}; ` +
        `preload starts ${startedAt.toFixed(0)} ms after the panel opens, ready at ${(startedAt + total.medianUs / 1000).toFixed(0)} ms`,
    },
  ];
}

async function disableCache(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
}
