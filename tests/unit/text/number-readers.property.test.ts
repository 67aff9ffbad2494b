import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_READABLE_NUMBER } from '../../../lib/text/finite-number';
import { fenToYuan } from '../../../lib/text/money';
import { parseNumberCell } from '../../../lib/text/number-cell';
import { parsePercent } from '../../../lib/text/percent';
import { joinPriceParts, parsePrice } from '../../../lib/text/price';
import { parseSalesCount } from '../../../lib/text/sales';

/**
 * Property tests of the one rule (lib/text/finite-number.ts) for every number reader in lib/text: whatever
 * the text, a reader returns null or a finite number; prices, sales, counts and money are never negative;
 * rates are within 0–1. Fixed seed, so a failure is the same on every run; fast-check prints the seed and the
 * shrunk counterexample.
 */
const SEED = 20_260_611;
const RUNS = 1000;
const options = { seed: SEED, numRuns: RUNS };

const digits = (alphabet: string, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...Array.from(alphabet)), minLength: 1, maxLength });

/** Separators, signs, exponents, radix prefixes, units and words that numbers on a page (and broken ones) carry. */
const SEPARATORS = ['.', '．', ',', '，', ' ', '\u00a0', '%', '％', '-', '+', '－', '−', '—', '–', '~', '～', '至', '到'];
const NOTATIONS = ['e', 'E', 'e+', 'e-', 'e400', 'E308', '0x', '0X', 'x', 'ff', '1F', '0b', '0o'];
const UNITS = ['万', '千', 'w', 'W', 'k', 'K', '亿', '+', '人付款', '已售', '件', '¥', '￥', '元', '起', '月销'];
const WORDS = ['Infinity', '-Infinity', 'NaN', '1e400', '9007199254740993', '-0', '0x1F', '—'];
const SYMBOLS = [...SEPARATORS, ...NOTATIONS, ...UNITS, ...WORDS];

/** Pieces that numbers on a page, and malformed ones, are made of. */
const piece = fc.oneof(
  { arbitrary: digits('0123456789', 6), weight: 6 },
  { arbitrary: digits('0123456789', 40), weight: 2 }, // long digit runs: beyond MAX_SAFE_INTEGER, beyond 1e308
  { arbitrary: digits('０１２３４５６７８９', 6), weight: 2 }, // full-width digits
  { arbitrary: digits('٠١٢٣٤٥٦٧٨٩०१२३४५६७८९𝟎𝟏𝟐𝟑①②③', 4), weight: 1 }, // other unicode digits
  { arbitrary: fc.constantFrom(...SYMBOLS), weight: 8 },
  { arbitrary: fc.string({ maxLength: 4 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
);

/** Numeric-looking strings ("-1.5e400万", "０x1F%", "99999…9人付款") and plain arbitrary strings. */
const text = fc.oneof(
  { arbitrary: fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), weight: 4 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
);

/** Every kind of double: NaN, ±Infinity, -0, huge, tiny, negative. */
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, -0, 1.5, 150));

function expectCount(x: number | null): void {
  if (x === null) return;
  expect(Number.isFinite(x)).toBe(true);
  expect(x).toBeGreaterThanOrEqual(0);
  expect(x).toBeLessThanOrEqual(MAX_READABLE_NUMBER);
  expect(Object.is(x, -0)).toBe(false);
}

function expectRate(x: number | null): void {
  if (x === null) return;
  expectCount(x);
  expect(x).toBeLessThanOrEqual(1);
}

describe('every number reader in lib/text returns null or a finite number within its field', () => {
  it('for arbitrary and numeric-looking text', () => {
    fc.assert(
      fc.property(text, text, (s, t) => {
        const price = parsePrice(s);
        if (price) {
          expectCount(price.min);
          expectCount(price.max);
          expect(price.min).toBeLessThanOrEqual(price.max);
        }
        expectCount(joinPriceParts(s, t));
        const sales = parseSalesCount(s);
        expectCount(sales);
        if (sales !== null) expect(Number.isInteger(sales)).toBe(true);
        expectRate(parsePercent(s));
        expectRate(parsePercent(s, false));
        expectCount(parseNumberCell(s));
        expectCount(fenToYuan(s));
      }),
      options,
    );
  });

  it('for any number passed as a number', () => {
    fc.assert(
      fc.property(anyNumber, (n) => {
        const price = parsePrice(n);
        if (price) expectCount(price.min);
        expectCount(parseSalesCount(n));
        expectRate(parsePercent(n));
        expectCount(fenToYuan(n));
      }),
      options,
    );
  });

  it('reads a plain count the same in every reader, refuses it with a minus sign, and in full-width digits reads it the same', () => {
    const count = fc.oneof(fc.nat(), fc.maxSafeNat());
    fc.assert(
      fc.property(count, (n) => {
        const s = String(n);
        expect(parsePrice(s)).toEqual({ min: n, max: n });
        expect(parseSalesCount(s)).toBe(n);
        expect(parseNumberCell(s)).toBe(n);
        expect(joinPriceParts(s, '')).toBe(n);
        for (const negative of [`-${s}`, `¥-${s}`, `－${s}`]) {
          expect(parsePrice(negative)).toBeNull();
          expect(parseSalesCount(negative)).toBeNull();
          expect(parseNumberCell(negative)).toBeNull();
          expect(fenToYuan(negative)).toBeNull();
          expect(parsePercent(`${negative}%`)).toBeNull();
        }
        const fullWidth = s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(parseSalesCount(fullWidth)).toBe(n);
        expect(parsePrice(fullWidth)).toEqual({ min: n, max: n });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('refuses digit strings beyond MAX_SAFE_INTEGER, exponents and hex', () => {
    const beyond = fc.bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) + 1n, max: 10n ** 400n }).map(String);
    const exponent = fc.tuple(fc.nat(999), fc.constantFrom('e', 'E', 'e+', 'e-', 'E-'), fc.nat(400)).map(([a, e, b]) => `${a}${e}${b}`);
    const hex = fc.nat().map((n) => `0x${n.toString(16)}`);
    fc.assert(
      fc.property(fc.oneof(beyond, exponent, hex), fc.constantFrom('', '人付款', '元', '%', '万+'), (s, suffix) => {
        const t = `${s}${suffix}`;
        expect(parsePrice(t)).toBeNull();
        expect(parseSalesCount(t)).toBeNull();
        expect(parsePercent(t)).toBeNull();
        expect(parseNumberCell(t)).toBeNull();
        expect(fenToYuan(t)).toBeNull();
        expect(joinPriceParts(t, '')).toBeNull();
      }),
      options,
    );
  });

  it('keeps rates within 0–1 and reads every percent from 0 to 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const percent = (hundredths / 100).toFixed(2);
        expect(parsePercent(`${percent}%`)).toBe(Math.round(hundredths) / 10_000);
        expect(parseNumberCell(`${percent}%`)).toBe(Math.round(hundredths) / 10_000);
        expect(parsePercent(`${100 + (hundredths + 1) / 100}%`)).toBeNull();
      }),
      options,
    );
  });
});
