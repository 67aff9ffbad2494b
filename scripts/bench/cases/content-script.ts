import type { ExtensionSession } from '../../support/launch-extension';
import { openBenchBrowser } from '../chromium';
import { timingOf, type BenchResult } from '../measure';

export interface ResultPage {
  label: string;
  url: string;
  /** Organic rank marks the overlay draws on this page: the load is over when they are all there. */
  marks: number;
}

export const RESULT_PAGES: readonly ResultPage[] = [
  { label: 'Taobao cards page, 48 cards', url: 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3', marks: 44 },
  {
    label: '1688 JSONP page, 60 offers',
    url: 'https://s.1688.com/selloffer/offer_search.htm?keywords=%C1%AC%C3%B1%CE%C0%D2%C2&beginPage=1',
    marks: 56,
  },
];

export interface PageLoad {
  /** startup + init + draw, in ms. */
  totalMs: number;
  /** Every `duibiao:*` measure of the load, summed by name (a redraw adds to the same names). */
  parts: Record<string, number>;
  /** DOMParser of the same page's HTML, in the same tab, after the load. */
  domParserMs: number;
}

/**
 * One page load in a bench build: waits for every rank mark and any follow-up draw, then reads the
 * content script's measures and times DOMParser on the page's HTML.
 */
export async function loadOnce(session: ExtensionSession, target: ResultPage): Promise<PageLoad> {
  const page = await session.context.newPage();
  try {
    await page.goto(target.url);
    await page.waitForFunction((n) => document.querySelectorAll('duibiao-mark[data-duibiao=rank]').length === n, target.marks, {
      timeout: 15_000,
    });
    await page.waitForTimeout(700); // let any follow-up draw finish
    const parts = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('duibiao:'))
        .reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.name.slice(8)]: (acc[m.name.slice(8)] ?? 0) + m.duration }), {}),
    );
    const domParserMs = await page.evaluate(() => {
      const html = document.documentElement.outerHTML;
      const start = performance.now();
      new DOMParser().parseFromString(html, 'text/html');
      return performance.now() - start;
    });
    return { totalMs: (parts.startup ?? 0) + (parts.init ?? 0) + (parts.draw ?? 0), parts, domParserMs };
  } finally {
    await page.close();
  }
}

/**
 * Main-thread time the content script adds to a result page, per page load, from the bench build: the sum of
 * `duibiao:startup` (evaluating the script: its modules, up to main()), `duibiao:init` (page report,
 * controller start; `init.*` are its parts) and every `duibiao:draw` (the overlay; `draw.*` are its parts, a
 * later redraw adds to them). Reference: Chromium parsing the same page's HTML with DOMParser, in the same
 * tab. `npm run bench:ab` compares two builds the same way, interleaved.
 */
export async function benchContentScript(rounds = 12): Promise<BenchResult[]> {
  const browser = await openBenchBrowser();
  const results: BenchResult[] = [];
  for (const target of RESULT_PAGES) {
    const loads: PageLoad[] = [];
    for (let i = 0; i < rounds; i++) loads.push(await loadOnce(browser.session, target));
    const subject = timingOf(loads.map((l) => l.totalMs));
    const ref = timingOf(loads.map((l) => l.domParserMs));
    results.push({
      name: `content script main-thread time per page load (${target.label})`,
      subject,
      reference: ref,
      referenceName: 'DOMParser of the same page',
      ratio: subject.medianUs / ref.medianUs,
      notes:
        `target < 10 ms: ${subject.p95Us / 1000 < 10 ? 'met' : 'NOT met'} (p95 ${(subject.p95Us / 1000).toFixed(2)} ms, ` +
        `${(subject.p95Us / ref.medianUs).toFixed(2)}× DOMParser); medians: ${formatParts(loads)}`,
    });
  }
  return results;
}

/** "draw 6.2 · draw.parse 3.1 · …" in milliseconds (median over loads; 0 where a load had none). */
/** The median of each part of the content script's time over the loads ("draw.parse 7.6 · …"). */
export function formatParts(loads: readonly PageLoad[]): string {
  const names = [...new Set(loads.flatMap((l) => Object.keys(l.parts)))].sort();
  return names
    .map((name) => {
      const all = loads.map((l) => l.parts[name] ?? 0).sort((a, b) => a - b);
      return `${name} ${all[Math.floor(all.length / 2)]!.toFixed(1)}`;
    })
    .join(' · ');
}
