import { readFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import type { RgbaImage } from '../../lib/analysis/image/pixels';

export function decodeJpegFile(path: string): RgbaImage {
  const { width, height, data } = jpeg.decode(readFileSync(path), { useTArray: true });
  return { width, height, data };
}
