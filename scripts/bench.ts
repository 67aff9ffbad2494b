/**
 * `npm run bench`: runs every benchmark case, prints a Markdown table and writes bench-output/results.json.
 * Results are ratios against a reference measured in the same run (see BENCHMARKS.md); no thresholds
 * live in the unit tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { benchContentScript } from './bench/cases/content-script';
import { benchImages } from './bench/cases/images';
import { benchPageType } from './bench/cases/page-type';
import { benchKeystrokeChromium, benchKeystrokeNode, benchSegmentNode } from './bench/cases/segment';
import { benchSegmenterLoad } from './bench/cases/segmenter-load';
import { benchSegmentQuality, formatQuality, type QualityRow } from './bench/cases/segment-quality';
import { benchSearchParseChromium, benchSearchParseNode } from './bench/cases/search-parse';
import { benchShop } from './bench/cases/shop';
import { benchSnapshotDb } from './bench/cases/snapshot-db';
import { benchHistoryDb } from './bench/cases/history-db';
import { closeBenchBrowser } from './bench/chromium';
import { formatResults, type BenchResult } from './bench/measure';

/** `npm run bench -- <name…>` runs only the named cases (and `segment-quality`, the boundary-quality table). */
const CASES: { name: string; run: () => Promise<BenchResult | BenchResult[]> }[] = [
  { name: 'page-type', run: benchPageType },
  { name: 'search-parse-node', run: benchSearchParseNode },
  { name: 'search-parse-chromium', run: benchSearchParseChromium },
  { name: 'content-script', run: () => benchContentScript() },
  { name: 'snapshot-db', run: () => benchSnapshotDb() },
  { name: 'history-db', run: () => benchHistoryDb() },
  { name: 'segment', run: benchSegmentNode },
  { name: 'keystroke-node', run: benchKeystrokeNode },
  { name: 'keystroke-chromium', run: benchKeystrokeChromium },
  { name: 'segmenter-load', run: () => benchSegmenterLoad() },
  { name: 'images', run: benchImages },
  { name: 'shop', run: benchShop },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const results: BenchResult[] = [];
  const quality: QualityRow[] = !only.length || only.includes('segment-quality') ? benchSegmentQuality() : [];
  for (const c of CASES) {
    if (only.length && !only.includes(c.name)) continue;
    process.stderr.write(`bench ${c.name} …\n`);
    results.push(...[await c.run()].flat());
  }
  await closeBenchBrowser();
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const out = resolve(import.meta.dirname, '../bench-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'results.json'), JSON.stringify({ machine, at: new Date().toISOString(), results, quality }, null, 2));
  console.log(`Machine: ${machine}\n\n${formatResults(results)}`);
  if (quality.length) console.log(`\nTitle segmentation on hand-segmented real titles:\n\n${formatQuality(quality)}`);
}

await main();
