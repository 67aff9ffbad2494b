/**
 * Bundled by scripts/bench/chromium.ts into one IIFE and evaluated in a Chromium page, so the bench
 * runs exactly the project's code in the browser. Exposed as globalThis.duibiaoBench.
 */
import initJieba, * as jieba from 'jieba-wasm/web';
import { computeBenchmark } from '../../lib/analysis/benchmark';
import { computeImageFeatures } from '../../lib/analysis/image/features';
import { createSegmenter } from '../../lib/analysis/segment';
import { benchmarkOfSnapshot, prepareTitleBenchmark } from '../../lib/analysis/title-benchmark';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { assembleTop60 } from '../../lib/analysis/top60';
import { checkBackup, createBackup } from '../../lib/db/backup';
import { DuibiaoDB } from '../../lib/db/database';
import { listSnapshotHeaders, saveSearchPage } from '../../lib/db/snapshots';
import { readSearchTimeline } from '../../lib/db/history';
import { buildMyItems } from '../../lib/analysis/history/mine';
import { trackMyRanks } from '../../lib/analysis/history/my-items';
import { summariseSnapshot } from '../../lib/analysis/history/summarise-snapshot';
import { parseSearchPage } from '../../lib/sites/search-page';
import { compare, measure } from './measure';

export const api = {
  parseSearchPage,
  assembleTop60,
  computeBenchmark,
  DuibiaoDB,
  saveSearchPage,
  listSnapshotHeaders,
  readSearchTimeline,
  buildMyItems,
  trackMyRanks,
  summariseSnapshot,
  createBackup,
  checkBackup,
  compare,
  measure,
  initJieba,
  jieba,
  createSegmenter,
  benchmarkOfSnapshot,
  prepareTitleBenchmark,
  DEFAULT_SETTINGS,
  computeImageFeatures,
};
(globalThis as unknown as { duibiaoBench: typeof api }).duibiaoBench = api;
