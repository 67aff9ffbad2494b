import * as jieba from 'jieba-wasm';
import { createSegmenter, type Segmenter } from '../../lib/analysis/segment';

/** The Node build of jieba-wasm with the e-commerce dictionary (loads synchronously). */
export function nodeSegmenter(userWords: readonly string[] = []): Segmenter {
  return createSegmenter(jieba, userWords);
}
