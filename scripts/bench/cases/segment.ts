import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import * as jieba from 'jieba-wasm';
import { createSegmenter } from '../../../lib/analysis/segment';
import { benchmarkOfSnapshot, prepareTitleBenchmark } from '../../../lib/analysis/title-benchmark';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { buildWordBank } from '../../../lib/analysis/word-bank';
import { openBenchBrowser } from '../chromium';
import { compare, timingOf, type BenchResult, type Timing } from '../measure';
import { BENCH_KEYWORD, benchWasmPath, keystrokes, loadBenchTitles } from './titles';

/** jieba-wasm (with the e-commerce dictionary) vs native @node-rs/jieba on the same 60 titles, in Node. */
export async function benchSegmentNode(): Promise<BenchResult[]> {
  const { items } = loadBenchTitles();
  const titles = items.map((i) => i.title);
  const segmenter = createSegmenter(jieba);
  const native = Jieba.withDict(dict);
  const seg = await compare(
    `segmentation of ${titles.length} titles, jieba-wasm (Node)`,
    () => titles.forEach((t) => segmenter.cut(t)),
    'native @node-rs/jieba, same titles',
    () => titles.forEach((t) => native.cut(t, false)),
    30,
    10,
  );
  seg.notes = `${(seg.subject.medianUs / titles.length).toFixed(1)} µs per title`;
  const bank = await compare(
    `word bank of ${titles.length} titles (Node)`,
    () =>
      buildWordBank(
        items.map((i) => ({ title: i.title, sales: i.sales })),
        segmenter,
      ),
    'segmenting the same titles (jieba-wasm)',
    () => titles.forEach((t) => segmenter.tokens(t)),
    30,
    5,
  );
  return [seg, bank];
}

/** Re-scoring per keystroke after warm-up: the scorer vs segmenting the same title. */
export async function benchKeystrokeNode(): Promise<BenchResult> {
  const { items, typed } = loadBenchTitles();
  const segmenter = createSegmenter(jieba);
  // What the 标题 tab runs: the whole title analysis of the snapshot (learned words included).
  const { score } = prepareTitleBenchmark(
    benchmarkOfSnapshot({ platform: 'taobao', keyword: BENCH_KEYWORD, items }),
    segmenter,
    DEFAULT_SETTINGS,
  );
  const steps = keystrokes(typed);
  const subject = perKeystroke(steps, score);
  const reference = perKeystroke(steps, (t) => segmenter.cut(t));
  return result('title re-score per keystroke (Node)', subject, reference);
}

/** The same in Chromium, in an extension page with the web build of jieba-wasm; reports the init time. */
export async function benchKeystrokeChromium(): Promise<BenchResult> {
  const browser = await openBenchBrowser();
  const page = await browser.session.openExtensionPage('sidepanel.html#settings');
  await page.evaluate(browser.bundle);
  const { items, typed } = loadBenchTitles();
  const out = await page.evaluate(
    async ({ wasm, items, steps, keyword }) => {
      const b = (globalThis as unknown as { duibiaoBench: typeof import('../browser-entry').api }).duibiaoBench;
      const t0 = performance.now();
      await b.initJieba({ module_or_path: wasm });
      const initMs = performance.now() - t0;
      const segmenter = b.createSegmenter(b.jieba);
      const { score } = b.prepareTitleBenchmark(
        b.benchmarkOfSnapshot({ platform: 'taobao', keyword, items }),
        segmenter,
        b.DEFAULT_SETTINGS,
      );
      // Timers in extension pages are coarse (0.1 ms): time whole typing sequences, report per keystroke.
      const r = await b.compare(
        '',
        () => steps.forEach(score),
        '',
        () => steps.forEach((t) => segmenter.cut(t)),
        30,
        3,
      );
      return { initMs, subject: r.subject, reference: r.reference, steps: steps.length };
    },
    {
      wasm: `chrome-extension://${browser.session.extensionId}/${benchWasmPath()}`,
      items,
      steps: keystrokes(typed),
      keyword: BENCH_KEYWORD,
    },
  );
  await page.close();
  const perStep = (t: Timing): Timing => ({ ...t, medianUs: t.medianUs / out.steps, p95Us: t.p95Us / out.steps });
  const r = result(
    'title re-score per keystroke (Chromium, side panel; mean over a typed title)',
    perStep(out.subject),
    perStep(out.reference),
  );
  r.notes = `${r.notes}; segmenter init ${out.initMs.toFixed(0)} ms, once`;
  return r;
}

function perKeystroke(steps: readonly string[], fn: (t: string) => unknown): Timing {
  for (let r = 0; r < 5; r++) steps.forEach(fn);
  const times: number[] = [];
  for (let r = 0; r < 20; r++) {
    for (const s of steps) {
      const start = performance.now();
      fn(s);
      times.push(performance.now() - start);
    }
  }
  return timingOf(times);
}

function result(name: string, subject: Timing, reference: Timing): BenchResult {
  return {
    name,
    subject,
    reference,
    referenceName: 'segmenting the same title',
    ratio: subject.medianUs / reference.medianUs,
    notes: `target p95 < 2 ms: ${subject.p95Us < 2000 ? 'met' : 'NOT met'} (p95 ${(subject.p95Us / 1000).toFixed(2)} ms)`,
  };
}
