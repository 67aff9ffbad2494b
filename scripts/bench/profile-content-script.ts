/**
 * `npx tsx scripts/bench/profile-content-script.ts [build dir] [loads]`: a CPU profile (CDP, 50 µs sampling) of
 * the result-page fixture loads of a bench build (default: this tree's .output/chrome-mv3-bench), summed over
 * the loads. Prints, per page, the extension's functions by self time and by total (inclusive) time, so that
 * the cost of the content script can be found by function rather than guessed. Sampling: small figures are
 * noisy; compare only the large ones, and measure changes with `npm run bench:ab`.
 */
import { resolve } from 'node:path';
import { findChromium } from '../support/find-chromium';
import { startFixtureServer } from '../support/fixture-server';
import { launchWithExtension } from '../support/launch-extension';
import { RESULT_PAGES } from './cases/content-script';
import { BENCH_EXTENSION_DIR } from './chromium';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = resolve(import.meta.dirname, '../..');

/** Self and inclusive time (ms) per extension function ("name file:line:col"), summed into the maps. */
function addProfile(profile: Profile, self: Map<string, number>, total: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode): string | null =>
    n.callFrame.url.startsWith('chrome-extension://')
      ? `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`
      : null;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    const leafKey = key(leaf) ?? (leaf.callFrame.functionName ? `[native/page] ${leaf.callFrame.functionName}` : null);
    // Native time (GC, DOM calls) is charged to the nearest extension frame below it, when there is one.
    let inExtension = false;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(byId.get(at)!);
      if (!k) continue;
      inExtension = true;
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
      seen.add(k);
    }
    if (inExtension && leafKey) self.set(leafKey, (self.get(leafKey) ?? 0) + ms);
  });
}

function top(map: Map<string, number>, n: number, loads: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `  ${(ms / loads).toFixed(2).padStart(7)} ms  ${k}`)
    .join('\n');
}

async function main(): Promise<void> {
  const [dirArg, loadsArg] = process.argv.slice(2);
  const loads = Number(loadsArg ?? 10);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found');
  const server = await startFixtureServer(resolve(ROOT, 'tests/fixtures/sites'), 0, {});
  const session = await launchWithExtension({
    executablePath,
    extensionDir: dirArg ? resolve(dirArg) : BENCH_EXTENSION_DIR,
    serverPort: server.port,
    headless: true,
  });
  try {
    for (const target of RESULT_PAGES) {
      const self = new Map<string, number>();
      const total = new Map<string, number>();
      for (let i = 0; i < loads; i++) {
        const page = await session.context.newPage();
        const cdp = await session.context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
        await page.goto(target.url);
        await page.waitForFunction((n) => document.querySelectorAll('duibiao-mark[data-duibiao=rank]').length === n, target.marks, {
          timeout: 15_000,
        });
        await page.waitForTimeout(700);
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
        addProfile(profile, self, total);
        await page.close();
      }
      console.log(`${target.label} (${loads} loads, ms per load)\nself:\n${top(self, 30, loads)}\ntotal:\n${top(total, 40, loads)}\n`);
    }
  } finally {
    await session.close();
    await server.close();
  }
}

await main();
