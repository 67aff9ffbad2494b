import { grayThumbnail, type RgbaImage } from './pixels';

/**
 * 64-bit difference hash: the image shrunk to 9×8 grey cells, one bit per horizontally adjacent pair
 * (left brighter than right). Robust to scaling and recompression; returned as 16 hex digits.
 */
export function dHash(img: RgbaImage): string {
  const cells = grayThumbnail(img, 9, 8);
  let hex = '';
  for (let row = 0; row < 8; row++) {
    let byte = 0;
    for (let col = 0; col < 8; col++) {
      byte = (byte << 1) | (cells[row * 9 + col]! > cells[row * 9 + col + 1]! ? 1 : 0);
    }
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

/** Number of differing bits between two 64-bit hex hashes (0 = same picture, ≤ 5 duplicate, ≤ 15 similar). */
export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 2) {
    let x = parseInt(a.slice(i, i + 2), 16) ^ parseInt(b.slice(i, i + 2), 16);
    while (x) {
      d += x & 1;
      x >>= 1;
    }
  }
  return d;
}
