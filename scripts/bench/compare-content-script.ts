/**
 * `npm run bench:ab -- <before-dir> [<after-dir>]`: the result-page content script of two bench builds
 * (`wxt build --mode bench` output directories; after defaults to this tree's .output/chrome-mv3-bench),
 * loaded alternately in two Chromium instances on the same fixture pages, so that the load of this shared
 * machine hits both alike. Prints per page and build the median and p95 of the content script's main-thread
 * time (startup + init + draw, see cases/content-script.ts), its parts, and the ratio to DOMParser of the
 * same page measured in the same loads.
 */
import { resolve } from 'node:path';
import { findChromium } from '../support/find-chromium';
import { startFixtureServer } from '../support/fixture-server';
import { launchWithExtension, type ExtensionSession } from '../support/launch-extension';
import { RESULT_PAGES, formatParts, loadOnce, type PageLoad } from './cases/content-script';
import { BENCH_EXTENSION_DIR } from './chromium';
import { timingOf } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');

function summarise(label: string, loads: readonly PageLoad[]): string {
  const { medianUs, p95Us } = timingOf(loads.map((l) => l.totalMs));
  const [median, p95] = [medianUs / 1000, p95Us / 1000];
  const refMedian = timingOf(loads.map((l) => l.domParserMs)).medianUs / 1000;
  return (
    `${label}: median ${median.toFixed(1)} ms (${(median / refMedian).toFixed(1)}× DOMParser), p95 ${p95.toFixed(1)} ms ` +
    `(${(p95 / refMedian).toFixed(1)}×); DOMParser median ${refMedian.toFixed(2)} ms; parts: ${formatParts(loads)}`
  );
}

async function main(): Promise<void> {
  const [beforeArg, afterArg, roundsArg] = process.argv.slice(2);
  if (!beforeArg) throw new Error('usage: npm run bench:ab -- <before bench build dir> [<after dir>] [rounds]');
  const dirs = { before: resolve(beforeArg), after: resolve(afterArg ?? BENCH_EXTENSION_DIR) };
  const rounds = Number(roundsArg ?? 20);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: set CHROME_PATH or install Debian chromium');
  const server = await startFixtureServer(resolve(ROOT, 'tests/fixtures/sites'), 0, {});
  const sessions: Record<'before' | 'after', ExtensionSession> = {
    before: await launchWithExtension({ executablePath, extensionDir: dirs.before, serverPort: server.port, headless: true }),
    after: await launchWithExtension({ executablePath, extensionDir: dirs.after, serverPort: server.port, headless: true }),
  };
  try {
    console.log(`before: ${dirs.before}\nafter:  ${dirs.after}\n${rounds} loads per page and build, alternating\n`);
    for (const target of RESULT_PAGES) {
      const loads: Record<'before' | 'after', PageLoad[]> = { before: [], after: [] };
      for (let i = 0; i < rounds; i++) {
        // Alternate which build goes first, so neither always meets a warmer machine.
        const order = i % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const);
        for (const which of order) loads[which].push(await loadOnce(sessions[which], target));
      }
      console.log(`${target.label}\n  ${summarise('before', loads.before)}\n  ${summarise('after ', loads.after)}\n`);
    }
  } finally {
    await sessions.before.close();
    await sessions.after.close();
    await server.close();
  }
}

await main();
