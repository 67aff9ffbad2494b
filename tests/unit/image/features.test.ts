import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dHash, hammingDistance } from '../../../lib/analysis/image/dhash';
import { classifyRatio, computeImageFeatures, estimateOverlay, histogramSimilarity } from '../../../lib/analysis/image/features';
import {
  DUPLICATE_DISTANCE,
  percentile,
  scoreImages,
  SIMILAR_DISTANCE,
  type CompetitorImage,
} from '../../../lib/analysis/image/image-score';
import { makeImage } from '../../../lib/analysis/image/pixels';
import { renderProductImage } from '../../../scripts/support/synthetic-images';
import { decodeJpegFile } from '../../support/decode-image';

const IMAGES = resolve(import.meta.dirname, '../../fixtures/images');

describe('features on generated pixel arrays (known answers)', () => {
  it('white border and subject fill: a 40×40 red square centred on 100×100 white', () => {
    const img = makeImage(100, 100, (x, y) => (x >= 30 && x < 70 && y >= 30 && y < 70 ? [255, 0, 0] : [255, 255, 255]));
    const f = computeImageFeatures(img);
    expect(f.whiteBorder).toBe(1);
    expect(f.isWhiteBackground).toBe(true);
    expect(f.subjectFill).toBeCloseTo(0.16, 5);
    expect(f.ratioClass).toBe('1:1');
  });

  it('colourfulness of solid colours (Hasler–Süsstrunk M3)', () => {
    expect(computeImageFeatures(makeImage(20, 20, () => [128, 128, 128])).colourfulness).toBe(0);
    // Solid red: rg = 255, yb = 127.5, no spread → 0.3·√(255² + 127.5²)
    expect(computeImageFeatures(makeImage(20, 20, () => [255, 0, 0])).colourfulness).toBeCloseTo(0.3 * Math.hypot(255, 127.5), 6);
    // Half red, half blue: spread adds to the score.
    const mixed = computeImageFeatures(makeImage(20, 20, (x) => (x < 10 ? [255, 0, 0] : [0, 0, 255])));
    expect(mixed.colourfulness).toBeGreaterThan(82);
  });

  it('brightness and contrast', () => {
    expect(computeImageFeatures(makeImage(10, 10, () => [200, 200, 200]))).toMatchObject({
      brightness: expect.closeTo(200, 6),
      contrast: expect.closeTo(0, 6),
    });
    const halves = computeImageFeatures(makeImage(10, 10, (x) => (x < 5 ? [0, 0, 0] : [255, 255, 255])));
    expect(halves.brightness).toBeCloseTo(127.5, 3);
    expect(halves.contrast).toBeCloseTo(127.5, 3);
  });

  it('ratio classes', () => {
    expect(classifyRatio(800, 800)).toBe('1:1');
    expect(classifyRatio(750, 1000)).toBe('3:4');
    expect(classifyRatio(800, 1200)).toBe('other');
  });

  it('overlay estimate: two-tone text-like stripes are flagged, smooth photos are not', () => {
    const smooth = makeImage(256, 256, (x, y) => [x, y, (x + y) >> 1]);
    expect(estimateOverlay(smooth)).toBe(0);
    const banner = makeImage(256, 256, (x, y) =>
      y > 180 ? (Math.floor(x / 6) % 2 === 0 && Math.floor(y / 8) % 2 === 0 ? [255, 255, 255] : [200, 0, 0]) : [x, y, 120],
    );
    expect(estimateOverlay(banner)).toBeGreaterThan(0.15);
    expect(computeImageFeatures(banner).overlayLevel).toBe(3);
  });

  it('dHash: an image and its shifted, recompressed copy are duplicates; different pictures are not even similar', () => {
    const a = decodeJpegFile(resolve(IMAGES, 'product-800.jpg'));
    const b = decodeJpegFile(resolve(IMAGES, 'product-800-shifted-q60.jpg'));
    expect(hammingDistance(dHash(a), dHash(b))).toBeLessThanOrEqual(DUPLICATE_DISTANCE);
    for (const seed of [11, 12, 13, 14]) {
      expect(hammingDistance(dHash(a), dHash(renderProductImage(seed, 200)))).toBeGreaterThan(SIMILAR_DISTANCE);
    }
    expect(hammingDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(dHash(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('real JPEG fixtures: white-background product and a 4:3 sticker image', () => {
    const white = computeImageFeatures(decodeJpegFile(resolve(IMAGES, 'white-bg-800.jpg')));
    expect(white).toMatchObject({ width: 800, height: 800, isWhiteBackground: true });
    expect(white.subjectFill).toBeGreaterThan(0.05);
    expect(white.subjectFill).toBeLessThan(0.7);
    const sticker = computeImageFeatures(decodeJpegFile(resolve(IMAGES, 'sticker-600x450.jpg')));
    expect(sticker.ratioClass).toBe('other');
    expect(sticker.overlayLevel).toBeGreaterThanOrEqual(2);
  });

  it('histogram similarity: 1 for the same picture, low for different colours', () => {
    const red = computeImageFeatures(makeImage(10, 10, () => [255, 0, 0])).histogram;
    const blue = computeImageFeatures(makeImage(10, 10, () => [0, 0, 255])).histogram;
    expect(histogramSimilarity(red, red)).toBeCloseTo(1, 10);
    expect(histogramSimilarity(red, blue)).toBe(0);
  });
});

describe('scoreImages', () => {
  const competitor = (id: string, seed: number): CompetitorImage => ({
    id,
    title: `竞品${id}`,
    imageUrl: `https://img/${id}.jpg`,
    features: computeImageFeatures(renderProductImage(seed, 200)),
  });
  const competitors = [competitor('a', 21), competitor('b', 22), competitor('c', 23), competitor('d', 7)];

  it('finds the duplicate competitor, deducts for it and lists competitors by closeness', () => {
    const mine = [computeImageFeatures(decodeJpegFile(resolve(IMAGES, 'product-800-shifted-q60.jpg')))];
    const score = scoreImages(mine, competitors);
    expect(score.images[0]!.duplicates.map((m) => m.id)).toEqual(['d']);
    expect(score.nearest[0]!.id).toBe('d');
    expect(score.deductions.find((d) => d.reason.includes('竞品d'))!.points).toBe(25);
    expect(score.score).toBeLessThanOrEqual(75);
  });

  it('size, ratio, overlay and white-background rules', () => {
    const small = computeImageFeatures(
      makeImage(600, 450, (x, y) =>
        y > 300 && Math.floor(x / 18) % 2 === 0 && Math.floor(y / 20) % 2 === 0
          ? [255, 255, 255]
          : y > 300
            ? [220, 20, 20]
            : [90, 140, 200],
      ),
    );
    const fiveColour = [small, ...[31, 32, 33, 35].map((s) => computeImageFeatures(renderProductImage(s, 200)))];
    const score = scoreImages(fiveColour, []);
    const reasons = score.deductions.map((d) => d.reason).join('\n');
    expect(reasons).toContain('放大镜不可用');
    expect(reasons).toContain('不是 1:1 或 3:4');
    expect(reasons).toContain('牛皮癣');
    expect(reasons).toContain('白底图');
    expect(score.score).toBe(100 - score.deductions.reduce((s, d) => s + d.points, 0));
  });

  it('a clean 800×800 image unlike the competitors keeps 100', () => {
    const clean = computeImageFeatures(
      makeImage(800, 800, (x, y) => {
        const d = Math.hypot(x - 400, y - 400) / 3;
        return [Math.max(0, 220 - d), 60, Math.max(0, 240 - d)];
      }),
    );
    expect(scoreImages([clean], competitors.slice(0, 3)).score).toBe(100);
  });

  it('percentiles among competitors', () => {
    expect(percentile(5, [1, 2, 3, 10])).toBe(75);
    expect(percentile(2, [2, 2])).toBe(50);
    expect(percentile(1, [])).toBeNull();
  });
});
