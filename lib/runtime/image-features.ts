import type { ImageFeatures } from '../analysis/image/features';
import { cacheFeatures, readCachedFeatures } from '../db/image-features';
import type { WorkerRequest, WorkerResponse } from './image-worker';

export type FeatureResult = { ok: true; features: ImageFeatures; cached: boolean } | { ok: false; error: string };

export interface Progress {
  done: number;
  total: number;
  failed: number;
}

/** A small pool of decoding workers; each request resolves with its own answer. */
export class ImageWorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, (r: WorkerResponse) => void>();
  private nextId = 1;
  private turn = 0;

  constructor(size = Math.max(1, Math.min(3, (navigator.hardwareConcurrency || 2) - 0))) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./image-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
        this.pending.get(e.data.id)?.(e.data);
        this.pending.delete(e.data.id);
      };
      return worker;
    });
  }

  run(request: Omit<WorkerRequest, 'id'>): Promise<WorkerResponse> {
    const id = this.nextId++;
    const worker = this.workers[this.turn++ % this.workers.length]!;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ ...request, id }, request.bytes ? [request.bytes] : []);
    });
  }

  close(): void {
    this.workers.forEach((w) => w.terminate());
  }
}

/**
 * Features for many image URLs: cached ones from IndexedDB, the rest decoded by the pool with at most
 * `concurrency` downloads in flight; every failure is reported for its URL without stopping the rest.
 */
export async function loadFeatures(
  pool: ImageWorkerPool,
  urls: readonly string[],
  onProgress: (p: Progress) => void,
  concurrency = 4,
): Promise<Map<string, FeatureResult>> {
  const unique = [...new Set(urls)];
  const results = new Map<string, FeatureResult>();
  for (const [url, features] of await readCachedFeatures(unique)) results.set(url, { ok: true, features, cached: true });
  const todo = unique.filter((u) => !results.has(u));
  let failed = 0;
  const report = (): void => onProgress({ done: results.size, total: unique.length, failed });
  report();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < todo.length) {
      const url = todo[next++]!;
      const reply = await pool.run({ url });
      if (reply.ok) {
        results.set(url, { ok: true, features: reply.features, cached: false });
        await cacheFeatures(url, reply.features, Date.now());
      } else {
        failed++;
        results.set(url, { ok: false, error: reply.error });
      }
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, lane));
  return results;
}
