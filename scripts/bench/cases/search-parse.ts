import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { computeBenchmark } from '../../../lib/analysis/benchmark';
import { assembleTop60 } from '../../../lib/analysis/top60';
import { parseSearchPage } from '../../../lib/sites/search-page';
import { openBenchTab } from '../chromium';
import { compare, type BenchResult } from '../measure';

const SITES = resolve(import.meta.dirname, '../../../tests/fixtures/sites');
/** 60 cards of the legacy 1688 DOM would be JSON; the densest DOM case is list.tmall.com with 60 cards. */
const CASES = [
  {
    label: 'Tmall list, 60 DOM cards',
    file: 'list.tmall.com/search_product.htm',
    url: 'https://list.tmall.com/search_product.htm?q=%E5%8D%AB%E8%A1%A3',
  },
  {
    label: '1688 legacy, 60 offers in embedded JSON',
    file: 's.1688.com/selloffer/offer_search~legacy.html',
    url: 'https://s.1688.com/selloffer/offer_search.htm?keywords=%CE%C0%D2%C2',
  },
  {
    // An unseen layout (tests/fixtures/layouts): every known source is tried and fails, then the general reader.
    label: 'general reader, unseen 1688 layout, 60 cards',
    file: '../layouts/al-1-utility-baowenbei/page.html',
    url: 'https://s.1688.com/selloffer/offer_search.htm?keywords=%B1%A3%CE%C2%B1%AD',
  },
];

/** parse + top-60 + benchmark of a 60-item page in happy-dom (Node); reference: parsing the HTML into a document. */
export async function benchSearchParseNode(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const c of CASES) {
    const html = readFileSync(resolve(SITES, c.file), 'utf8');
    const window = new Window({
      url: c.url,
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
    });
    const parser = new window.DOMParser();
    const doc = parser.parseFromString(html, 'text/html') as unknown as Document;
    const result = await compare(
      `happy-dom: parse + top60 + benchmark (${c.label})`,
      () => {
        const parsed = parseSearchPage(doc, c.url);
        if (!parsed.ok) throw new Error(parsed.reason);
        computeBenchmark(assembleTop60([parsed.value]).items);
      },
      'happy-dom DOMParser of the same HTML',
      () => parser.parseFromString(html, 'text/html'),
      15,
      5,
    );
    results.push(result);
    await window.happyDOM.close();
  }
  return results;
}

/** The same in Chromium (the code as bundled), reference: Chromium's DOMParser of the same HTML. */
export async function benchSearchParseChromium(): Promise<BenchResult[]> {
  const page = await openBenchTab();
  const results: BenchResult[] = [];
  for (const c of CASES) {
    const html = readFileSync(resolve(SITES, c.file), 'utf8');
    const result = await page.evaluate(
      async ({ html, url, label }) => {
        const b = (globalThis as unknown as { duibiaoBench: typeof import('../browser-entry').api }).duibiaoBench;
        const parser = new DOMParser();
        const doc = parser.parseFromString(html, 'text/html');
        return b.compare(
          `Chromium: parse + top60 + benchmark (${label})`,
          () => {
            const parsed = b.parseSearchPage(doc, url);
            if (!parsed.ok) throw new Error(parsed.reason);
            b.computeBenchmark(b.assembleTop60([parsed.value]).items);
          },
          'Chromium DOMParser of the same HTML',
          () => parser.parseFromString(html, 'text/html'),
          30,
          10,
        );
      },
      { html, url: c.url, label: c.label },
    );
    results.push(result);
  }
  await page.close();
  return results;
}
