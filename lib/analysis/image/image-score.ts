import { hammingDistance } from './dhash';
import { histogramSimilarity, type ImageFeatures } from './features';

export const DUPLICATE_DISTANCE = 5;
export const SIMILAR_DISTANCE = 15;

export interface CompetitorImage {
  /** Item id of the competitor. */
  id: string;
  title: string;
  imageUrl: string;
  features: ImageFeatures;
}

export interface ImageMatch {
  id: string;
  title: string;
  imageUrl: string;
  /** Hamming distance of the dHashes. */
  distance: number;
}

export interface ImageDeduction {
  points: number;
  reason: string;
  image: number | null;
}

/** Where a value sits among the competitors: 0 = below all, 100 = above all. */
export type Percentiles = Record<'colourfulness' | 'brightness' | 'contrast' | 'subjectFill' | 'overlayCoverage', number | null>;

export interface ImageReport {
  index: number;
  features: ImageFeatures;
  percentiles: Percentiles;
  duplicates: ImageMatch[];
  similar: ImageMatch[];
  /** 1 − the highest colour-histogram similarity to any competitor: 0 = same colours as someone. */
  distinctiveness: number | null;
}

export interface ImageScore {
  score: number;
  deductions: ImageDeduction[];
  images: ImageReport[];
  /** Competitors ordered by how close their main image is to my first image (for the thumbnail grid). */
  nearest: ImageMatch[];
  competitorCount: number;
}

/**
 * Scores my main images (in listing order; the 1st is the one on the result page) against the
 * competitors' main images: size and ratio rules, white-background 5th image, overlay risk, and above all
 * differentiation (near-duplicates by dHash, colour distinctiveness). Every deduction says why.
 */
export function scoreImages(mine: readonly ImageFeatures[], competitors: readonly CompetitorImage[]): ImageScore {
  const deductions: ImageDeduction[] = [];
  const deduct = (points: number, reason: string, image: number | null): void => {
    deductions.push({ points, reason, image });
  };
  const images = mine.map((f, index) => reportImage(f, index, competitors));
  const main = mine[0];
  if (main) {
    const side = Math.min(main.width, main.height);
    if (main.ratioClass === '3:4') {
      if (main.width < 750 || main.height < 1000) deduct(5, `3:4 主图需要至少 750×1000，现在是 ${main.width}×${main.height}`, 0);
    } else if (side < 700) deduct(15, `主图 ${main.width}×${main.height}，小于 700×700 时放大镜不可用，建议 800×800`, 0);
    else if (side < 800) deduct(5, `主图 ${main.width}×${main.height}，建议至少 800×800`, 0);
    if (main.ratioClass === 'other') deduct(10, `主图比例 ${main.width}:${main.height} 不是 1:1 或 3:4，平台会裁切或拒绝`, 0);
    const overlayLoss = [0, 5, 15, 30][main.overlayLevel]!;
    if (overlayLoss) {
      const label = ['', '轻微', '明显', '严重'][main.overlayLevel];
      deduct(overlayLoss, `主图文字/贴片覆盖约 ${(main.overlayCoverage * 100).toFixed(0)}%（估算），属于${label}牛皮癣，会降低搜索展示`, 0);
    }
  }
  if (mine.length >= 5 && !mine[4]!.isWhiteBackground) {
    deduct(
      10,
      mine.some((f) => f.isWhiteBackground) ? '第5张建议放白底图（首页和推荐位常用第5张）' : '5张主图里没有白底图，建议第5张用白底图',
      4,
    );
  }
  const duplicateIds = new Set<string>();
  const similarIds = new Set<string>();
  images.forEach((r) => {
    r.duplicates.forEach((m) => duplicateIds.add(m.id));
    r.similar.forEach((m) => similarIds.add(m.id));
  });
  let dupLoss = 0;
  for (const r of images) {
    for (const m of r.duplicates) {
      if (dupLoss >= 50) break;
      dupLoss += 25;
      deduct(25, `第${r.index + 1}张和竞品“${m.title}”的主图几乎相同（差异 ${m.distance}/64），同款图会被归为同款、只能拼价格`, r.index);
    }
  }
  let simLoss = 0;
  for (const r of images) {
    for (const m of r.similar) {
      if (simLoss >= 15 || duplicateIds.has(m.id)) continue;
      simLoss += 5;
      deduct(5, `第${r.index + 1}张和竞品“${m.title}”的主图相似（差异 ${m.distance}/64），换角度、背景或颜色做出区别`, r.index);
    }
  }
  const first = images[0];
  if (first?.distinctiveness !== null && first !== undefined && first.distinctiveness! < 0.15) {
    deduct(5, '主图的配色和竞品高度雷同，换背景色或道具更容易被点', 0);
  }
  const score = Math.max(0, 100 - deductions.reduce((s, d) => s + d.points, 0));
  const nearest = main
    ? competitors
        .map((c) => ({ id: c.id, title: c.title, imageUrl: c.imageUrl, distance: hammingDistance(main.dHash, c.features.dHash) }))
        .sort((a, b) => a.distance - b.distance)
    : [];
  return { score, deductions, images, nearest, competitorCount: competitors.length };
}

function reportImage(f: ImageFeatures, index: number, competitors: readonly CompetitorImage[]): ImageReport {
  const matches = competitors.map((c) => ({
    id: c.id,
    title: c.title,
    imageUrl: c.imageUrl,
    distance: hammingDistance(f.dHash, c.features.dHash),
  }));
  const maxSimilarity = competitors.length
    ? Math.max(...competitors.map((c) => histogramSimilarity(f.histogram, c.features.histogram)))
    : null;
  const pct = (key: keyof Percentiles): number | null =>
    percentile(
      f[key],
      competitors.map((c) => c.features[key]),
    );
  return {
    index,
    features: f,
    percentiles: {
      colourfulness: pct('colourfulness'),
      brightness: pct('brightness'),
      contrast: pct('contrast'),
      subjectFill: pct('subjectFill'),
      overlayCoverage: pct('overlayCoverage'),
    },
    duplicates: matches.filter((m) => m.distance <= DUPLICATE_DISTANCE).sort((a, b) => a.distance - b.distance),
    similar: matches
      .filter((m) => m.distance > DUPLICATE_DISTANCE && m.distance <= SIMILAR_DISTANCE)
      .sort((a, b) => a.distance - b.distance),
    distinctiveness: maxSimilarity === null ? null : 1 - maxSimilarity,
  };
}

/** Share of competitor values below mine (ties count half), as 0–100. */
export function percentile(value: number, others: readonly number[]): number | null {
  if (!others.length) return null;
  let below = 0;
  for (const o of others) below += o < value ? 1 : o === value ? 0.5 : 0;
  return Math.round((100 * below) / others.length);
}
