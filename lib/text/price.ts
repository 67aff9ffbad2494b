export interface PriceRange {
  min: number;
  max: number;
}

/**
 * Reads a displayed price or price range: "¥12.5-30", "12.50", "￥ 1,299.00", "12.5~30元", "¥68.50起".
 * Returns null when no number is present; never 0 for "unknown".
 */
export function parsePrice(text: string | number | null | undefined): PriceRange | null {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? { min: text, max: text } : null;
  if (!text) return null;
  const cleaned = text.replace(/[,，\s]/g, '');
  const numbers = [...cleaned.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  if (numbers.length === 0) return null;
  // A range is two numbers joined by -, ~, 至 or 到; anything else takes the first number only.
  const range = /(\d+(?:\.\d+)?)(?:-|~|～|—|–|至|到)(\d+(?:\.\d+)?)/.exec(cleaned);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    return { min: Math.min(a, b), max: Math.max(a, b) };
  }
  const first = numbers[0]!;
  return { min: first, max: first };
}

/** Joins the integer and fraction nodes of a Taobao price ("68" + ".50"), which sit in separate elements. */
export function joinPriceParts(intPart: string | null | undefined, fractionPart: string | null | undefined): number | null {
  const whole = (intPart ?? '').replace(/[^\d]/g, '');
  if (!whole) return null;
  const fraction = (fractionPart ?? '').replace(/[^\d]/g, '');
  return Number(fraction ? `${whole}.${fraction}` : whole);
}
