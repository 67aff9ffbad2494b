import { nonNegativeNumber, normaliseNumberText, readPlainDecimal, scanNumerals } from './finite-number';

export interface PriceRange {
  min: number;
  max: number;
}

/** What joins the two ends of a price range: "12.5-30", "12.5~30", "12.5至30". */
const RANGE_JOINERS = ['-', '~', '～', '—', '–', '至', '到'];

/**
 * Reads a displayed price or price range: "¥12.5-30", "12.50", "￥ 1,299.00", "12.5~30元", "¥68.50起".
 * Returns null when no number is present; never 0 for "unknown". Follows the rule of finite-number.ts: a
 * negative price ("-5", "¥-5"), a number in hex or with an exponent, or one beyond MAX_SAFE_INTEGER is null.
 */
export function parsePrice(text: string | number | null | undefined): PriceRange | null {
  if (typeof text === 'number') {
    const n = nonNegativeNumber(text);
    return n === null ? null : { min: n, max: n };
  }
  if (!text) return null;
  // Most prices in page JSON are a bare decimal ("12.50"): read without the scan.
  const plain = readPlainDecimal(text);
  if (plain !== null) return { min: plain, max: plain };
  const cleaned = normaliseNumberText(text);
  const numerals = scanNumerals(cleaned);
  if (numerals.length === 0) return null;
  // A range is two numbers joined by -, ~, 至 or 到; anything else takes the first number only.
  for (let i = 0; i + 1 < numerals.length; i++) {
    const a = numerals[i]!;
    const b = numerals[i + 1]!;
    if (!RANGE_JOINERS.includes(cleaned.slice(a.end, b.start))) continue;
    if (a.value === null || b.value === null) return null;
    return { min: Math.min(a.value, b.value), max: Math.max(a.value, b.value) };
  }
  const first = numerals[0]!.value;
  return first === null ? null : { min: first, max: first };
}

/**
 * Joins the integer and fraction nodes of a Taobao price ("68" + ".50"), which sit in separate elements. The
 * integer part may carry ¥ and thousands separators; anything else in either part (another number, a minus
 * sign, hex) makes the price null rather than a number stitched from stray digits.
 */
export function joinPriceParts(intPart: string | null | undefined, fractionPart: string | null | undefined): number | null {
  const whole = normaliseNumberText(intPart ?? '').replace(/^[¥￥]/, '');
  if (!/^\d+\.?$/.test(whole)) return null;
  const fraction = normaliseNumberText(fractionPart ?? '').replace(/^\./, '');
  return readPlainDecimal(`${whole.replace(/\.$/, '')}.${fraction}`);
}
