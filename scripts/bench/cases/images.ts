import { openBenchBrowser } from '../chromium';
import { timingOf, type BenchResult, type Timing } from '../measure';

const N = 60;
const urls = Array.from({ length: N }, (_, i) => `https://g-search1.alicdn.com/img/bao/uploaded/i4/bench-${i}.jpg`);

/**
 * Main-image features of 60 images of 800×800 in Chromium. Reference: decoding alone (createImageBitmap →
 * OffscreenCanvas → getImageData), measured on the same images in the same run; the subject is decode +
 * features. Then the real thing end to end: the 主图 tab's worker pool on a 60-item snapshot (download from
 * the local server + decode + features), wall clock.
 */
export async function benchImages(): Promise<BenchResult[]> {
  const browser = await openBenchBrowser();
  const page = await browser.session.openExtensionPage('sidepanel.html#settings');
  await page.evaluate(browser.bundle);
  const perImage = await page.evaluate(async (list: string[]) => {
    const b = (globalThis as unknown as { duibiaoBench: typeof import('../browser-entry').api }).duibiaoBench;
    const blobs = await Promise.all(list.map((u) => fetch(u).then((r) => r.blob())));
    const decode = async (blob: Blob): Promise<ImageData> => {
      const bitmap = await createImageBitmap(blob);
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(bitmap, 0, 0);
      bitmap.close();
      return ctx.getImageData(0, 0, 800, 800);
    };
    // What the worker does: decode, let the canvas shrink to 256 px, then compute the features.
    const analyse = async (blob: Blob): Promise<void> => {
      const bitmap = await createImageBitmap(blob);
      const ctx = new OffscreenCanvas(256, 256).getContext('2d', { willReadFrequently: true })!;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(bitmap, 0, 0, 256, 256);
      bitmap.close();
      b.computeImageFeatures(ctx.getImageData(0, 0, 256, 256), { width: 800, height: 800 });
    };
    for (const blob of blobs.slice(0, 5)) {
      await decode(blob);
      await analyse(blob);
    }
    const decodeMs: number[] = [];
    const featureMs: number[] = [];
    for (const blob of blobs) {
      const t0 = performance.now();
      await decode(blob);
      const t1 = performance.now();
      await analyse(blob);
      featureMs.push(performance.now() - t1);
      decodeMs.push(t1 - t0);
    }
    return { decodeMs, featureMs };
  }, urls);
  await page.close();
  const sum = (xs: number[]): number => xs.reduce((a, x) => a + x, 0);
  const decodeTotal = sum(perImage.decodeMs);
  const featureTotal = sum(perImage.featureMs);
  const perImageResult: BenchResult = {
    name: `main-image features, ${N} images 800×800 (Chromium, one thread): decode + canvas shrink + features, per image`,
    subject: timingOf(perImage.featureMs),
    reference: timingOf(perImage.decodeMs),
    referenceName: 'decode alone at full size (bitmap → canvas → getImageData), same images',
    ratio: featureTotal / decodeTotal,
    notes: `pipeline ${featureTotal.toFixed(0)} ms vs decode alone ${decodeTotal.toFixed(0)} ms for ${N} images: ${featureTotal <= 1.5 * decodeTotal ? 'within' : 'NOT within'} the "at most +50% over decoding" target`,
  };
  return [perImageResult, await benchImagePane(browser.bundle)];
}

/** Wall clock of the 主图 tab on a 60-item snapshot: worker pool, downloads from the local server, no cache. */
async function benchImagePane(bundle: string): Promise<BenchResult> {
  const browser = await openBenchBrowser();
  const panel = await browser.session.openExtensionPage('sidepanel.html#image');
  await panel.evaluate(bundle);
  // A snapshot of 60 items whose main images are the bench pictures.
  await panel.evaluate(async (list: string[]) => {
    const b = (globalThis as unknown as { duibiaoBench: typeof import('../browser-entry').api }).duibiaoBench;
    const db = new b.DuibiaoDB();
    await db.imageFeatures.clear();
    await db.snapshots.add({
      platform: 'taobao',
      keyword: '主图基准',
      sort: null,
      url: 'https://s.taobao.com/search?q=bench',
      capturedAt: Date.now(),
      items: list.map((imageUrl, i) => ({
        platform: 'taobao',
        position: i + 1,
        itemId: `b${i}`,
        title: `bench ${i}`,
        priceMin: 1,
        priceMax: 1,
        sales: 1,
        salesText: null,
        repurchaseRate: null,
        shop: null,
        shipFrom: null,
        imageUrl,
        detailUrl: null,
        badges: [],
        isAd: false,
        adEvidence: [],
      })),
      adsExcluded: 0,
      complete: true,
      pages: [1],
      sources: ['dom'],
    });
    db.close();
  }, urls);
  await Promise.all(urls.map((u) => panel.evaluate((x) => fetch(x).then((r) => r.arrayBuffer().then((b) => b.byteLength)), u))); // warm the fixture server's picture cache
  await panel.reload();
  await panel.getByTestId('image-url').fill(`${urls[3]}?v=shifted`);
  await panel.getByTestId('add-image-url').click();
  const start = Date.now();
  await panel.getByTestId('run-image-score').click();
  await panel.getByTestId('image-score').waitFor({ timeout: 60_000 });
  const wall = Date.now() - start;
  await panel.close();
  const t: Timing = { medianUs: wall * 1000, p95Us: wall * 1000, rounds: 1, opsPerRound: 1 };
  return {
    name: `主图 tab end to end: ${N} competitor images 800×800 + 1 of mine (worker pool, download + decode + features)`,
    subject: t,
    reference: { ...t, medianUs: 1.5e6, p95Us: 1.5e6 },
    referenceName: 'target 1.5 s',
    ratio: wall / 1500,
    notes: `${wall} ms (target < 1.5 s: ${wall < 1500 ? 'met' : 'NOT met'})`,
  };
}
