import { openBenchBrowser } from '../chromium';
import { timingOf, type BenchResult } from '../measure';

const PAGES = [
  { label: 'Taobao cards page, 48 cards', url: 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3', marks: 44 },
  {
    label: '1688 JSONP page, 60 offers',
    url: 'https://s.1688.com/selloffer/offer_search.htm?keywords=%C1%AC%C3%B1%CE%C0%D2%C2&beginPage=1',
    marks: 56,
  },
];

/**
 * Main-thread time the content script adds to a result page: the sum of its `duibiao:init` and
 * `duibiao:draw` measures (every overlay draw; `draw.*` are its parts) per page load, from the bench build. Reference: Chromium parsing the same page's
 * HTML with DOMParser, in the same tab.
 */
export async function benchContentScript(rounds = 12): Promise<BenchResult[]> {
  const browser = await openBenchBrowser();
  const results: BenchResult[] = [];
  for (const target of PAGES) {
    const added: number[] = [];
    const reference: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const page = await browser.session.context.newPage();
      await page.goto(target.url);
      await page.waitForFunction((n) => document.querySelectorAll('duibiao-mark[data-duibiao=rank]').length === n, target.marks, {
        timeout: 15_000,
      });
      await page.waitForTimeout(700); // let any follow-up draw finish
      added.push(
        await page.evaluate(() =>
          performance
            .getEntriesByType('measure')
            .filter((m) => m.name === 'duibiao:init' || m.name === 'duibiao:draw')
            .reduce((s, m) => s + m.duration, 0),
        ),
      );
      reference.push(
        await page.evaluate(() => {
          const html = document.documentElement.outerHTML;
          const start = performance.now();
          new DOMParser().parseFromString(html, 'text/html');
          return performance.now() - start;
        }),
      );
      await page.close();
    }
    const subject = timingOf(added);
    const ref = timingOf(reference);
    results.push({
      name: `content script main-thread time per page load (${target.label})`,
      subject,
      reference: ref,
      referenceName: 'DOMParser of the same page',
      ratio: subject.medianUs / ref.medianUs,
      notes: `target < 10 ms: ${subject.p95Us / 1000 < 10 ? 'met' : 'NOT met'} (p95 ${(subject.p95Us / 1000).toFixed(2)} ms)`,
    });
  }
  return results;
}
