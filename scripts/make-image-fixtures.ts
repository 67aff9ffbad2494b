/** Writes the JPEG fixtures in tests/fixtures/images (synthetic drawings, real JPEG files). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeImage } from '../lib/analysis/image/pixels';
import { encodeJpeg, renderProductImage } from './support/synthetic-images';

const DIR = resolve(import.meta.dirname, '../tests/fixtures/images');
writeFileSync(resolve(DIR, 'product-800.jpg'), encodeJpeg(renderProductImage(7, 800), 85));
writeFileSync(resolve(DIR, 'product-800-shifted-q60.jpg'), encodeJpeg(renderProductImage(7, 800, 6), 60));
writeFileSync(resolve(DIR, 'white-bg-800.jpg'), encodeJpeg(renderProductImage(8, 800), 90));
writeFileSync(
  resolve(DIR, 'sticker-600x450.jpg'),
  encodeJpeg(
    makeImage(600, 450, (x, y) =>
      y > 300 && Math.floor(x / 18) % 2 === 0 && Math.floor(y / 20) % 2 === 0 ? [255, 255, 255] : y > 300 ? [220, 20, 20] : [90, 140, 200],
    ),
    85,
  ),
);
console.log('image fixtures written');
