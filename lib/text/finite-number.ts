import { writeHalfWidth } from './fold-latin';
/**
 * The one rule for every number reader in lib/text (price, sales, percent, money, number-cell):
 *
 * - a result is a finite number or null, never NaN, Infinity or -0;
 * - its magnitude is at most Number.MAX_SAFE_INTEGER (9,007,199,254,740,991). Beyond it a double no longer
 *   holds every integer exactly, and no real price, sales count or amount comes near it: a digit run that
 *   long is an id, a timestamp glued to a number or a corrupted field, so it reads as null ("not a real
 *   number"), not as a huge value that would swamp a mean. The limit applies after units (万, 亿) are applied;
 * - prices, sales, counts and money are never negative: a minus sign in front of the number makes it null;
 * - rates are fractions within 0–1 ("150%" and "-3%" are null);
 * - numbers are written the way the platforms write them: decimal digits (full-width ０-９ count as digits),
 *   an optional fraction, thousands separators. Hex (0x1F), binary/octal (0b1, 0o7) and exponents (1e400)
 *   are not numbers on a page: a numeral written so is read as null, not as its first digits.
 *
 * Readers without a way to say why they returned null just return null; their callers warn.
 */

export const MAX_READABLE_NUMBER = Number.MAX_SAFE_INTEGER;

/** A finite number within ±MAX_SAFE_INTEGER (-0 becomes 0); anything else, including non-numbers, is null. */
export function finiteNumber(n: unknown): number | null {
  if (typeof n !== 'number' || !Number.isFinite(n) || Math.abs(n) > MAX_READABLE_NUMBER) return null;
  return n === 0 ? 0 : n;
}

/** Prices, sales, counts, money: a finite number ≥ 0, else null. */
export function nonNegativeNumber(n: unknown): number | null {
  const x = finiteNumber(n);
  return x !== null && x >= 0 ? x : null;
}

/** Rates as fractions: a finite number within 0–1, else null. */
export function rateFraction(n: unknown): number | null {
  const x = finiteNumber(n);
  return x !== null && x >= 0 && x <= 1 ? x : null;
}

/** A percent (41 for 41 %) as a rate within 0–1, rounded so 4.1 % is 0.041 and not 0.040999999999999995. */
export function percentToRate(percent: number): number | null {
  const x = finiteNumber(percent);
  return x === null ? null : rateFraction(Math.round((x / 100) * 1e10) / 1e10);
}

const FULL_WIDTH = /[０-９．％－−]/g;

/**
 * Number text as the readers scan it: full-width digits, ．, ％ and minus signs (－, −) made ASCII, thousands
 * separators (, ，) and whitespace removed. "￥ 1,299.00" → "￥1299.00", "１２．５％" → "12.5%".
 */
export function normaliseNumberText(text: string): string {
  // − (U+2212, the minus sign) is not a full-width form of -.
  return text.replace(FULL_WIDTH, (ch) => (ch === '−' ? '-' : writeHalfWidth(ch))).replace(/[,，\s]/g, '');
}

/** One decimal numeral found in normalised text. */
export interface Numeral {
  /** The numeral's value; null when it is beyond the rule (too large, negative, hex or exponent). */
  value: number | null;
  /** Offsets of the digits in the normalised text (the sign, if any, sits just before `start`). */
  start: number;
  end: number;
}

/** A dash right before a number is a minus sign unless it follows a digit (then it joins a range: "12-30"). */
const DASHES = '-–—';
/**
 * Numerals as found in text: hex/binary/octal (0x1F, 0b101, 0o17) and exponents (1e400, 1.5E-3) are matched
 * whole, so that their digits are not read as separate decimal numbers, and then rejected.
 */
const NUMERAL = /0[xXbBoO][0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * The decimal numerals of normalised text in order ("¥12.5-30" → 12.5, 30). A numeral's value is null when the
 * rule rejects it: a minus sign in front ("-5", "¥-5"), written in hex or with an exponent ("0x1F", "1e400"),
 * or beyond MAX_SAFE_INTEGER. Readers take what they need (the first numeral, a range) and turn a null into null.
 */
export function scanNumerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const negative = before !== '' && DASHES.includes(before) && !/\d/.test(text[start - 2] ?? '');
    const foreign = /[eExXbBoO]/.test(m[0]);
    out.push({ start, end, value: negative || foreign ? null : nonNegativeNumber(Number(m[0])) });
  }
  return out;
}

/**
 * Text that is one plain decimal number and nothing else ("1024", "12.50", "68.", ".5", "+3"), already
 * normalised; null for anything else, including "-5", "1e3", "0x1F", "Infinity" and values beyond the rule.
 */
export function readPlainDecimal(text: string): number | null {
  if (!/^\+?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return null;
  return nonNegativeNumber(Number(text));
}

/** A number field of page JSON ("12.50", 12.5 read as text) by the same rule; null when absent or not one. */
export function readNumberField(text: string | null): number | null {
  return text === null ? null : readPlainDecimal(normaliseNumberText(text));
}
