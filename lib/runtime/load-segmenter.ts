import init, * as jieba from 'jieba-wasm/web';
import { createSegmenter, type Segmenter } from '../analysis/segment';
import { readSettings } from '../db/settings-store';
import { timed, timedAsync } from './bench-marks';

export interface LoadedSegmenter {
  segmenter: Segmenter;
  /** Time to fetch, compile and initialise the wasm (reported in the UI and by the bench). */
  initMs: number;
}

let loading: Promise<LoadedSegmenter> | null = null;

/**
 * Loads jieba-wasm once per extension page, lazily, on first use, with the user's own and brand words from
 * 设置 already added (the title analysis adds them again when they change; adding is idempotent). The wasm is
 * a separate file emitted by the build (see wxt.config.ts); extension pages allow it through
 * 'wasm-unsafe-eval'. Bench builds record `duibiao:segmenter.load` (all of it), `duibiao:segmenter.wasm` (fetch + compile + instantiate, async) and
 * `duibiao:segmenter.words` (jieba's own dictionary built on first use + the e-commerce words: synchronous,
 * the part that holds the main thread).
 */
export function loadSegmenter(): Promise<LoadedSegmenter> {
  loading ??= timedAsync('segmenter.load', async () => {
    const start = performance.now();
    const [, settings] = await Promise.all([timedAsync('segmenter.wasm', () => init()), readSettings()]);
    const segmenter = timed('segmenter.words', () => createSegmenter(jieba, [...settings.userWords, ...settings.brandWords]));
    return { segmenter, initMs: performance.now() - start };
  });
  return loading;
}

/**
 * Starts loading the segmenter once the page is idle. The side panel calls it after its first paint: a cold
 * load holds the main thread for about 0.4 s (jieba builds its dictionary on first use; BENCHMARKS.md), so it
 * should happen while the user is still reading the panel, not on the first keystroke in 标题. A failure is
 * kept in the shared promise and shown by the pane that needs the segmenter.
 */
export function preloadSegmenterWhenIdle(): void {
  const start = (): void => void loadSegmenter().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
