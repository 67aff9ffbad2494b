import { readFile } from 'node:fs/promises';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { RgbaImage } from '../lib/analysis/image/pixels';

/** Decodes a local JPEG or PNG into RGBA with pure-JS decoders (no network, no native code). */
export async function decodeImageFile(path: string): Promise<RgbaImage> {
  const bytes = await readFile(path);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const { width, height, data } = jpeg.decode(bytes, { useTArray: true, maxMemoryUsageInMB: 512 });
    return { width, height, data };
  }
  if (bytes.subarray(1, 4).toString('ascii') === 'PNG') {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, data: png.data };
  }
  throw new Error('只支持 JPEG 和 PNG 图片');
}
