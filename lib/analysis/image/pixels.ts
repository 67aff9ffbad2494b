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
