import init, * as jieba from 'jieba-wasm/web';
import { createSegmenter, type Segmenter } from '../analysis/segment';
import { readSettings } from '../db/settings-store';

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
 * 'wasm-unsafe-eval'.
 */
export function loadSegmenter(): Promise<LoadedSegmenter> {
  loading ??= (async () => {
    const start = performance.now();
    await init();
    const settings = await readSettings();
    return { segmenter: createSegmenter(jieba, [...settings.userWords, ...settings.brandWords]), initMs: performance.now() - start };
  })();
  return loading;
}
