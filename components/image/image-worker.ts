/// <reference lib="webworker" />
import { computeImageFeatures, type ImageFeatures } from '../../lib/analysis/image/features';

/**
 * Decodes one image off the main thread (fetch or bytes → ImageBitmap → OffscreenCanvas → RGBA) and
 * returns its features; pixels never leave the worker. Requests: { id, url } or { id, bytes }.
 */
export interface WorkerRequest {
  id: number;
  url?: string;
  bytes?: ArrayBuffer;
}
export type WorkerResponse = { id: number; ok: true; features: ImageFeatures; decodeMs: number; featureMs: number } | { id: number; ok: false; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, url, bytes } = event.data;
  try {
    let blob: Blob;
    if (bytes) blob = new Blob([bytes]);
    else {
      const response = await fetch(url!, { credentials: 'omit', referrerPolicy: 'no-referrer' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      blob = await response.blob();
    }
    const t0 = performance.now();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    bitmap.close();
    const t1 = performance.now();
    const features = computeImageFeatures({ width, height, data });
    const reply: WorkerResponse = { id, ok: true, features, decodeMs: t1 - t0, featureMs: performance.now() - t1 };
    scope.postMessage(reply);
  } catch (error) {
    const reply: WorkerResponse = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    scope.postMessage(reply);
  }
};
