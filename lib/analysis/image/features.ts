import { dHash } from './dhash';
import { grayThumbnail, luma, shrinkImage, type RgbaImage } from './pixels';

export type RatioClass = '1:1' | '3:4' | 'other';

export interface ImageFeatures {
  width: number;
  height: number;
  ratioClass: RatioClass;
  /** Share of border pixels (outer 2 %) that are near white (all channels ≥ 245). */
  whiteBorder: number;
  /** White background: at least 95 % of the border is near white. */
  isWhiteBackground: boolean;
  /** Bounding box of the non-white subject ÷ image area (1 when the background is not white). */
  subjectFill: number;
  /** Hasler–Süsstrunk M3 colourfulness: 0 none, 33 moderate, 59 quite, 82 high, 109 extreme. */
  colourfulness: number;
  /** Mean luma, 0–255. */
  brightness: number;
  /** Standard deviation of luma (RMS contrast), 0–128. */
  contrast: number;
  /** ESTIMATE of the area covered by text or graphic overlays (牛皮癣), 0–1; see estimateOverlay. */
  overlayCoverage: number;
  /** 0 none, 1 slight, 2 obvious, 3 severe (domain-rules.md §5 levels, mapped from the estimate). */
  overlayLevel: 0 | 1 | 2 | 3;
  dHash: string;
  /** 64-bin colour histogram (4 levels per channel), normalised to sum 1. */
  histogram: number[];
}

const NEAR_WHITE = 245;

/**
 * All features of one image. Pure: RGBA in, numbers out; same results in Node, a worker and the CLI.
 * Width, height and ratio are the original's; everything else is measured on a copy shrunk to at most
 * 256 px (ANALYSIS_SIDE), which keeps the cost a fraction of decoding without changing what is measured.
 * Callers that shrink with a canvas pass the original size.
 */
export function computeImageFeatures(input: RgbaImage, originalSize?: { width: number; height: number }): ImageFeatures {
  // A caller that already shrank the picture (the worker, with the canvas) passes the original size.
  const original = originalSize ?? input;
  const img = shrinkImage(input);
  const { data } = img;
  const { width, height } = img;
  let sumL = 0;
  let sumL2 = 0;
  let sumRg = 0;
  let sumYb = 0;
  let sumRg2 = 0;
  let sumYb2 = 0;
  const histogram = new Float64Array(64);
  const n = width * height;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    const l = luma(r, g, b);
    sumL += l;
    sumL2 += l * l;
    const rg = Math.abs(r - g);
    const yb = Math.abs(0.5 * (r + g) - b);
    sumRg += rg;
    sumYb += yb;
    sumRg2 += rg * rg;
    sumYb2 += yb * yb;
    histogram[(r >> 6) * 16 + (g >> 6) * 4 + (b >> 6)]! += 1;
  }
  const meanL = sumL / n;
  const meanRg = sumRg / n;
  const meanYb = sumYb / n;
  const sdRg = Math.sqrt(Math.max(0, sumRg2 / n - meanRg * meanRg));
  const sdYb = Math.sqrt(Math.max(0, sumYb2 / n - meanYb * meanYb));
  const border = measureBorder(img);
  const overlay = estimateOverlay(img);
  return {
    width: original.width,
    height: original.height,
    ratioClass: classifyRatio(original.width, original.height),
    whiteBorder: border.whiteShare,
    isWhiteBackground: border.whiteShare >= 0.95,
    subjectFill: border.whiteShare >= 0.95 ? subjectBoxFill(img) : 1,
    colourfulness: Math.sqrt(sdRg * sdRg + sdYb * sdYb) + 0.3 * Math.sqrt(meanRg * meanRg + meanYb * meanYb),
    brightness: meanL,
    contrast: Math.sqrt(Math.max(0, sumL2 / n - meanL * meanL)),
    overlayCoverage: overlay,
    overlayLevel: overlay <= 0.02 ? 0 : overlay <= 0.05 ? 1 : overlay <= 0.12 ? 2 : 3,
    dHash: dHash(img),
    histogram: Array.from(histogram, (c) => c / n),
  };
}

/** 1:1 within 2 %, 3:4 (portrait) within 2 %. */
export function classifyRatio(width: number, height: number): RatioClass {
  const r = width / height;
  if (Math.abs(r - 1) <= 0.02) return '1:1';
  if (Math.abs(r - 0.75) <= 0.02) return '3:4';
  return 'other';
}

function isNearWhite(data: RgbaImage['data'], i: number): boolean {
  return data[i]! >= NEAR_WHITE && data[i + 1]! >= NEAR_WHITE && data[i + 2]! >= NEAR_WHITE;
}

function measureBorder(img: RgbaImage): { whiteShare: number } {
  const { width, height, data } = img;
  const bw = Math.max(1, Math.round(Math.min(width, height) * 0.02));
  let white = 0;
  let total = 0;
  for (let y = 0; y < height; y++) {
    const inRow = y < bw || y >= height - bw;
    for (let x = 0; x < width; x++) {
      if (!inRow && x >= bw && x < width - bw) continue;
      total++;
      if (isNearWhite(data, (y * width + x) * 4)) white++;
    }
  }
  return { whiteShare: total ? white / total : 0 };
}

/** Area of the bounding box of non-white pixels ÷ image area (white-background images only). */
function subjectBoxFill(img: RgbaImage): number {
  const { width, height, data } = img;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (isNearWhite(data, (y * width + x) * 4)) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  if (maxX < 0) return 0;
  return ((maxX - minX + 1) * (maxY - minY + 1)) / (width * height);
}

/**
 * ESTIMATE of text/graphic overlay coverage (no OCR). Method: the image is reduced to 128×128 grey;
 * it is cut into 8×8-cell blocks; a block looks like overlaid text when it has many sharp edges
 * (≥ 20 % of its cells with a horizontal or vertical step ≥ 48 grey levels) AND few grey levels in play
 * (text and flat graphics are two-tone, photos are not: ≤ 6 of 16 luma bins hold 90 % of its cells).
 * Coverage = share of such blocks. It flags printed text, stickers and badges; busy photographic texture
 * rarely passes both tests. Treat it as a risk hint, not a measurement.
 */
export function estimateOverlay(img: RgbaImage): number {
  const S = 128;
  const B = 8;
  const g = grayThumbnail(img, S, S);
  let textBlocks = 0;
  const blocks = (S / B) * (S / B);
  for (let by = 0; by < S; by += B) {
    for (let bx = 0; bx < S; bx += B) {
      let edges = 0;
      const bins = new Uint16Array(16);
      for (let y = by; y < by + B; y++) {
        for (let x = bx; x < bx + B; x++) {
          const v = g[y * S + x]!;
          bins[Math.min(15, Math.floor(v / 16))]! += 1;
          const right = x + 1 < S ? Math.abs(v - g[y * S + x + 1]!) : 0;
          const down = y + 1 < S ? Math.abs(v - g[(y + 1) * S + x]!) : 0;
          if (right >= 48 || down >= 48) edges++;
        }
      }
      const sorted = bins.sort().reverse();
      let covered = 0;
      let used = 0;
      while (covered < 0.9 * B * B) covered += sorted[used++]!;
      if (edges / (B * B) >= 0.2 && used <= 6) textBlocks++;
    }
  }
  return textBlocks / blocks;
}

/** Histogram intersection: 1 = identical colour distributions, 0 = nothing in common. */
export function histogramSimilarity(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.min(a[i]!, b[i] ?? 0);
  return s;
}
