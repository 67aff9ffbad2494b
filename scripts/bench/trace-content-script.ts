/**
 * `npx tsx scripts/bench/trace-content-script.ts <build dir>… <loads>`: the result-page content script's
 * main-thread time as Chromium's trace sees it, for one or more bench builds loaded alternately. The bench's
 * `duibiao:*` measures start at the script's first statement, so they leave out V8 compiling the script
 * (the `v8.compile` event of search.js, 4–5 ms per load in 2026-11); the trace total here (EvaluateScript,
 * which includes that compile, plus every FunctionCall, timer and idle callback into search.js) does not.
 * Tracing adds overhead of its own: compare builds in the same run, not with the bench's figures.
 */
import { resolve } from 'node:path';
import { findChromium } from '../support/find-chromium';
import { startFixtureServer } from '../support/fixture-server';
import { launchWithExtension } from '../support/launch-extension';
import { RESULT_PAGES } from './cases/content-script';

interface TraceEvent {
  ph: string;
  name: string;
  dur?: number;
  args?: unknown;
}

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = 'content-scripts/search.js';
const TOTAL_OF = ['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireIdleCallback'];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const loads = Number(args.at(-1));
  const dirs = args.slice(0, -1).map((d) => resolve(d));
  if (!dirs.length || !Number.isFinite(loads)) throw new Error('usage: trace-content-script.ts <bench build dir>… <loads>');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found');
  const server = await startFixtureServer(resolve(ROOT, 'tests/fixtures/sites'), 0, {});
  const sessions = [];
  for (const extensionDir of dirs)
    sessions.push(await launchWithExtension({ executablePath, extensionDir, serverPort: server.port, headless: true }));
  try {
    for (const target of RESULT_PAGES) {
      const results: Record<string, number>[][] = dirs.map(() => []);
      for (let i = 0; i < loads; i++) {
        for (const [j, session] of sessions.entries()) {
          const page = await session.context.newPage();
          const cdp = await session.context.newCDPSession(page);
          const events: TraceEvent[] = [];
          cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
          const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
          await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8'] } });
          await page.goto(target.url);
          await page.waitForFunction((n) => document.querySelectorAll('duibiao-mark[data-duibiao=rank]').length === n, target.marks);
          await page.waitForTimeout(700);
          const measured = await page.evaluate(() =>
            performance
              .getEntriesByType('measure')
              .filter((m) => ['duibiao:startup', 'duibiao:init', 'duibiao:draw'].includes(m.name))
              .reduce((sum, m) => sum + m.duration, 0),
          );
          await cdp.send('Tracing.end');
          await complete;
          const row: Record<string, number> = { measured };
          for (const e of events) {
            if (e.ph !== 'X' || !JSON.stringify(e.args ?? {}).includes(SCRIPT)) continue;
            row[e.name] = (row[e.name] ?? 0) + (e.dur ?? 0) / 1000;
          }
          row['trace total'] = TOTAL_OF.reduce((sum, name) => sum + (row[name] ?? 0), 0);
          results[j]!.push(row);
          await page.close();
        }
      }
      console.log(`${target.label} (${loads} loads each, medians in ms)`);
      dirs.forEach((dir, j) => {
        const names = [...new Set(results[j]!.flatMap((r) => Object.keys(r)))];
        console.log(`  ${dir}\n    ${names.map((n) => `${n} ${median(results[j]!.map((r) => r[n] ?? 0)).toFixed(1)}`).join(' · ')}`);
      });
    }
  } finally {
    for (const session of sessions) await session.close();
    await server.close();
  }
}

await main();
