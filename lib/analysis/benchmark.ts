import type { SearchItem } from '../model/records';
import { readProvince } from '../text/province';
import { countTitleUnits } from '../text/title-units';
import { quantileSorted, summarise, type NumberStats } from './stats';

export interface ShareRow {
  label: string;
  count: number;
  /** count / number of items */
  share: number;
}

export interface PriceBand {
  min: number;
  max: number;
  itemCount: number;
  itemShare: number;
  /** Sum of known sales in the band (lower bounds). */
  sales: number;
  /** Band sales / all known sales; 0 when no sales are known. */
  salesShare: number;
}

export interface Benchmark {
  itemCount: number;
  price: NumberStats | null;
  sales: NumberStats | null;
  repurchase: NumberStats | null;
  titleUnits: NumberStats | null;
  /** Words per title; null until a segmenter is supplied (see BenchmarkOptions.countWords). */
  wordCount: NumberStats | null;
  badges: ShareRow[];
  shipFrom: ShareRow[];
  priceBands: PriceBand[];
}

export interface BenchmarkOptions {
  /** Words in a title (the jieba segmenter with the e-commerce dictionary). */
  countWords?: (title: string) => number;
  /** Number of quantile price bands (default 5). */
  bands?: number;
}

/** Averages, medians, shares and price bands of a top-60 set. Pure; robust to missing values. */
export function computeBenchmark(items: readonly SearchItem[], options: BenchmarkOptions = {}): Benchmark {
  const n = items.length;
  return {
    itemCount: n,
    price: summarise(items.map((i) => i.priceMin)),
    sales: summarise(items.map((i) => i.sales)),
    repurchase: summarise(items.map((i) => i.repurchaseRate)),
    titleUnits: summarise(items.map((i) => (i.title ? countTitleUnits(i.title) : null))),
    wordCount: options.countWords ? summarise(items.map((i) => (i.title ? options.countWords!(i.title) : null))) : null,
    badges: countShares(
      items.flatMap((i) => [...new Set(i.badges)]),
      n,
    ),
    shipFrom: countShares(
      items.map((i) => readProvince(i.shipFrom)).filter((p): p is string => p !== null),
      n,
    ),
    priceBands: computePriceBands(items, options.bands ?? 5),
  };
}

/** Ties are ordered by code point, not by a locale collator: building one costs milliseconds in a content script. */
function countShares(labels: readonly string[], total: number): ShareRow[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts]
    .map(([label, count]) => ({ label, count, share: total ? count / total : 0 }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/**
 * Quantile price bands: edges at the 0, 1/k, …, 1 quantiles of the known prices (duplicates merged), each
 * item in the band containing its price (upper edge belongs to the last band only). Share of items and
 * of known sales per band.
 */
export function computePriceBands(items: readonly SearchItem[], bandCount: number): PriceBand[] {
  const priced = items.filter((i) => i.priceMin !== null) as (SearchItem & { priceMin: number })[];
  if (priced.length === 0 || bandCount < 1) return [];
  const sorted = priced.map((i) => i.priceMin).sort((a, b) => a - b);
  const edges = [...new Set(Array.from({ length: bandCount + 1 }, (_, k) => round2(quantileSorted(sorted, k / bandCount))))];
  if (edges.length === 1) edges.push(edges[0]!);
  const bands: PriceBand[] = edges
    .slice(0, -1)
    .map((min, k) => ({ min, max: edges[k + 1]!, itemCount: 0, itemShare: 0, sales: 0, salesShare: 0 }));
  for (const item of priced) {
    const k = bands.findIndex((b, idx) => item.priceMin < b.max || idx === bands.length - 1);
    const band = bands[k]!;
    band.itemCount++;
    band.sales += item.sales ?? 0;
  }
  const totalSales = bands.reduce((s, b) => s + b.sales, 0);
  for (const band of bands) {
    band.itemShare = band.itemCount / priced.length;
    band.salesShare = totalSales ? band.sales / totalSales : 0;
  }
  return bands;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
