/**
 * `npm run make:icons`: renders the 对标 mark (assets/icon.svg; assets/icon-small.svg for 16 and 32 px, where
 * two characters would blur) to public/icon/<size>.png with the installed Chromium, so the PNGs can be
 * remade from the SVG source. WXT finds public/icon/<size>.png and lists them in every manifest; the
 * 128 px one is also the store icon.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './support/find-chromium';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Icon sizes the stores and the browsers' toolbars ask for, and the source drawn at each. The 128 px icon
 * keeps 16 px of transparent margin on each side, as the Chrome Web Store asks of its store icon.
 */
export const ICON_SIZES: readonly { size: number; source: string; margin: number }[] = [
  { size: 16, source: 'assets/icon-small.svg', margin: 0 },
  { size: 32, source: 'assets/icon-small.svg', margin: 0 },
  { size: 48, source: 'assets/icon.svg', margin: 0 },
  { size: 128, source: 'assets/icon.svg', margin: 16 },
];

async function renderIcons(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: set CHROME_PATH or install Debian chromium');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    mkdirSync(resolve(ROOT, 'public/icon'), { recursive: true });
    for (const { size, source, margin } of ICON_SIZES) {
      // The SVG is scaled by the browser's own rasteriser (anti-aliased), on a transparent page.
      const art = size - 2 * margin;
      const svg = readFileSync(resolve(ROOT, source), 'utf8').replace(/width="128" height="128"/, `width="${art}" height="${art}"`);
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;margin:${margin}px}</style>${svg}`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(resolve(ROOT, `public/icon/${size}.png`), png);
      console.log(`public/icon/${size}.png ← ${source}`);
    }
  } finally {
    await browser.close();
  }
}

await renderIcons();
