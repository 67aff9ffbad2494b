/**
 * Sales text → lower-bound count. "7318人付款" 7318, "1万+人付款" 10000, "已售1.2万+件" 12000, "100+" 100,
 * "全网10万+件" 100000, "月销 2.3w" 23000, "3.5万+" 35000. Unknown → null, never 0: an item whose sales
 * are not shown must not pull the average down.
 */
export function parseSalesCount(text: string | number | null | undefined): number | null {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? Math.floor(text) : null;
  if (!text) return null;
  const cleaned = text.replace(/[,，\s]/g, '');
  const match = /(\d+(?:\.\d+)?)(万|w|W|千|k|K|亿)?/.exec(cleaned);
  if (!match) return null;
  const value = Number(match[1]);
  const unit = match[2];
  const multiplier =
    unit === '亿' ? 1e8 : unit === '万' || unit === 'w' || unit === 'W' ? 1e4 : unit === '千' || unit === 'k' || unit === 'K' ? 1e3 : 1;
  // Round after scaling: 1.2 × 10000 is 11999.999… in floating point.
  return Math.round(value * multiplier);
}
