import jpeg from 'jpeg-js';
import { makeImage, type RgbaImage } from '../../lib/analysis/image/pixels';
import { seededRandom } from './seeded-random';

/**
 * SYNTHETIC product pictures for fixtures, e2e and bench (no real competitor images are available here):
 * a background (white for every 4th seed, else a tinted gradient), a coloured product shape, and for
 * every 5th seed a two-tone "text sticker" band (a 牛皮癣 stand-in). Deterministic per seed.
 */
export function renderProductImage(seed: number, size = 400, shiftPx = 0): RgbaImage {
  const rand = seededRandom(seed);
  const white = seed % 4 === 0;
  const bg: [number, number, number] = [Math.floor(rand() * 200), Math.floor(rand() * 200), Math.floor(rand() * 200)];
  const fg: [number, number, number] = [Math.floor(rand() * 255), Math.floor(rand() * 255), Math.floor(rand() * 255)];
  const cx = size * (0.3 + rand() * 0.4) + shiftPx;
  const cy = size * (0.3 + rand() * 0.4) + shiftPx;
  const radius = size * (0.15 + rand() * 0.2);
  const square = rand() < 0.5;
  const sticker = seed % 5 === 0;
  return makeImage(size, size, (x, y) => {
    if (sticker && y > size * 0.78 && y < size * 0.95 && x > size * 0.05 && x < size * 0.95) {
      // Two-tone stripes like large printed characters.
      return Math.floor(x / (size * 0.03)) % 2 === 0 && Math.floor(y / (size * 0.04)) % 2 === 0 ? [255, 255, 255] : [220, 20, 20];
    }
    const inside = square ? Math.abs(x - cx) < radius && Math.abs(y - cy) < radius : (x - cx) ** 2 + (y - cy) ** 2 < radius ** 2;
    if (inside) return [fg[0], Math.min(255, fg[1] + Math.floor((x / size) * 40)), fg[2]];
    if (white) return [255, 255, 255];
    const t = (x + y) / (2 * size);
    return [Math.floor(bg[0] * (1 - t) + 255 * t * 0.3), Math.floor(bg[1] * (1 - t * 0.5)), Math.floor(bg[2] * (0.7 + t * 0.3))];
  });
}

export function encodeJpeg(img: RgbaImage, quality = 85): Buffer {
  return jpeg.encode(
    { width: img.width, height: img.height, data: Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength) },
    quality,
  ).data;
}

/** A stable seed from any string (image URL path). */
export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
