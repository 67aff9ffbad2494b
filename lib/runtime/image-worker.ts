/// <reference lib="webworker" />
import { computeImageFeatures, type ImageFeatures } from '../analysis/image/features';
import { ANALYSIS_SIDE } from '../analysis/image/pixels';
import { platformImageUrl } from '../sites/image-host';
import { errorMessage } from '../text/error-message';

/**
 * Decodes one image off the main thread (fetch or bytes → ImageBitmap → OffscreenCanvas → RGBA) and
 * returns its features; pixels never leave the worker. Requests: { id, url } or { id, bytes }.
 */
export interface WorkerRequest {
  id: number;
  url?: string;
  bytes?: ArrayBuffer;
}
export type WorkerResponse =
  { id: number; ok: true; features: ImageFeatures; decodeMs: number; featureMs: number } | { id: number; ok: false; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, url, bytes } = event.data;
  try {
    let blob: Blob;
    if (bytes) blob = new Blob([bytes]);
    else {
      // Only the platforms' image host, whatever the caller passed (the CSP's connect-src says the same).
      const allowed = platformImageUrl(url);
      if (!allowed) throw new Error('不是平台图片地址');
      const response = await fetch(allowed, { credentials: 'omit', referrerPolicy: 'no-referrer' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      blob = await response.blob();
    }
    const t0 = performance.now();
    const bitmap = await createImageBitmap(blob);
    const original = { width: bitmap.width, height: bitmap.height };
    // Let the canvas shrink the picture to the analysis size (the same size computeImageFeatures would
    // shrink to in JS), so only ~65k pixels are read back and scanned.
    const scale = Math.min(1, ANALYSIS_SIDE / Math.max(bitmap.width, bitmap.height));
    const w = Math.max(1, Math.round(bitmap.width * scale));
    const h = Math.max(1, Math.round(bitmap.height * scale));
    const ctx = new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, w, h);
    const { data } = ctx.getImageData(0, 0, w, h);
    bitmap.close();
    const t1 = performance.now();
    const features = computeImageFeatures({ width: w, height: h, data }, original);
    const reply: WorkerResponse = { id, ok: true, features, decodeMs: t1 - t0, featureMs: performance.now() - t1 };
    scope.postMessage(reply);
  } catch (error) {
    const reply: WorkerResponse = { id, ok: false, error: errorMessage(error) };
    scope.postMessage(reply);
  }
};
