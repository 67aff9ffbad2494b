import init, * as jieba from 'jieba-wasm/web';
import { createSegmenter, type Segmenter } from '../../lib/analysis/segment';

export interface LoadedSegmenter {
  segmenter: Segmenter;
  /** Time to fetch, compile and initialise the wasm (reported in the UI and by the bench). */
  initMs: number;
}

let loading: Promise<LoadedSegmenter> | null = null;

/**
 * Loads jieba-wasm once per extension page, lazily, on first use. The wasm is a separate file emitted by
 * the build (see wxt.config.ts); extension pages allow it through 'wasm-unsafe-eval'.
 */
export function loadSegmenter(): Promise<LoadedSegmenter> {
  loading ??= (async () => {
    const start = performance.now();
    await init();
    return { segmenter: createSegmenter(jieba), initMs: performance.now() - start };
  })();
  return loading;
}
