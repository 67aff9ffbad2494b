/** An RGBA image as decoded by a canvas, jpeg-js or pngjs: 4 bytes per pixel, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** Luma (ITU-R BT.601) of one pixel, 0–255. */
export function luma(r: number, g: number, b: number): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/**
 * Grayscale image downscaled to w×h by area averaging (each target cell averages the source pixels it
 * covers), for hashing and block statistics. Deterministic and resolution-independent.
 */
export function grayThumbnail(img: RgbaImage, w: number, h: number): Float64Array {
  const out = new Float64Array(w * h);
  const counts = new Float64Array(w * h);
  const { width, height, data } = img;
  for (let y = 0; y < height; y++) {
    const ty = Math.min(h - 1, Math.floor((y * h) / height));
    for (let x = 0; x < width; x++) {
      const tx = Math.min(w - 1, Math.floor((x * w) / width));
      const i = (y * width + x) * 4;
      out[ty * w + tx]! += luma(data[i]!, data[i + 1]!, data[i + 2]!);
      counts[ty * w + tx]! += 1;
    }
  }
  for (let i = 0; i < out.length; i++) out[i] = counts[i]! ? out[i]! / counts[i]! : 0;
  return out;
}

/** Makes a solid or painted test image (tests, fixtures, bench). */
export function makeImage(width: number, height: number, paint: (x: number, y: number) => [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = paint(x, y);
      const i = (y * width + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

/** Longest side features are measured at: large enough for text blocks and white borders, cheap to scan. */
export const ANALYSIS_SIDE = 256;

/**
 * RGBA copy shrunk so its longest side is at most `maxSide`, by area averaging in one pass over the
 * source (lookup tables, integer sums). Images already small enough are returned as they are.
 */
export function shrinkImage(img: RgbaImage, maxSide = ANALYSIS_SIDE): RgbaImage {
  const { width, height, data } = img;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  if (scale === 1) return img;
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const tx = new Uint32Array(width);
  for (let x = 0; x < width; x++) tx[x] = Math.min(w - 1, Math.floor((x * w) / width));
  const sums = new Uint32Array(w * h * 3);
  const counts = new Uint32Array(w * h);
  for (let y = 0; y < height; y++) {
    const rowBase = Math.min(h - 1, Math.floor((y * h) / height)) * w;
    let i = y * width * 4;
    for (let x = 0; x < width; x++, i += 4) {
      const cell = rowBase + tx[x]!;
      const c3 = cell * 3;
      sums[c3]! += data[i]!;
      sums[c3 + 1]! += data[i + 1]!;
      sums[c3 + 2]! += data[i + 2]!;
      counts[cell]! += 1;
    }
  }
  const out = new Uint8ClampedArray(w * h * 4);
  for (let cell = 0; cell < w * h; cell++) {
    const n = counts[cell] || 1;
    out[cell * 4] = sums[cell * 3]! / n;
    out[cell * 4 + 1] = sums[cell * 3 + 1]! / n;
    out[cell * 4 + 2] = sums[cell * 3 + 2]! / n;
    out[cell * 4 + 3] = 255;
  }
  return { width: w, height: h, data: out };
}
