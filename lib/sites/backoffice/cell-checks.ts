/**
 * Strict readers for the cells of an imported table. Each returns the value, null for an empty cell, or
 * the problem in words (Chinese, for the row report); none throws. Being strict here is the point: a
 * negative count or a 150 % rate stored once skews every later analysis of the shop.
 */
import { chinaTimeMs, isoDate, isRealDate, type DateParts } from '../../text/china-date';
import { finiteNumber } from '../../text/finite-number';

export type CellRead<T> = { ok: true; value: T | null } | { ok: false; problem: string };

const ok = <T>(value: T | null): CellRead<T> => ({ ok: true, value });
const bad = <T>(problem: string): CellRead<T> => ({ ok: false, problem });

/** How exports write "no value": sycm uses "-", some tools "—" or "/". */
const EMPTY_MARKS = new Set(['', '-', '--', '—', '——', '/', '－']);

/**
 * A cell as its text: Excel-protected text `="0123"` (Taobao exports write long numbers that way so Excel
 * keeps them) is unwrapped, and the trailing tab some exports add for the same reason is trimmed.
 */
export function cleanCell(cell: string | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  const text = cell.replace(/^\uFEFF/, '').trim();
  const wrapped = /^="([\s\S]*)"$/.exec(text);
  return (wrapped ? wrapped[1]! : text).trim();
}

/** Full-width digits and signs (１２％，) as plain ones; ASCII text is returned as is (most cells, and fast). */
function halfWidth(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKC');
}

/** Whether a cell says "no value". */
export function isEmptyCell(cell: string | null | undefined): boolean {
  return EMPTY_MARKS.has(halfWidth(cleanCell(cell)));
}

/** Excel turns long digit strings into "5.9709E+11": the digits are gone and cannot be recovered. */
export function isScientific(cell: string): boolean {
  return /^\d+(?:\.\d+)?e\+?\d+$/i.test(cleanCell(cell).replace(/\s/g, ''));
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

type NumberText = { n: number; percent: boolean };

/** "1,024", "¥129.00", "129元", "8.00%", "1.2万" → the number and whether it carried a % sign. */
function readNumberText(cell: string | null | undefined): NumberText | null | 'bad' {
  const text = halfWidth(cleanCell(cell));
  if (EMPTY_MARKS.has(text)) return null;
  let t = text.replace(/[\s,]/g, '').replace(/^[¥$]/, '').replace(/元$/, '');
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1);
  const scale = t.endsWith('万') ? 1e4 : t.endsWith('亿') ? 1e8 : 1;
  if (scale !== 1) t = t.slice(0, -1);
  if (!PLAIN_NUMBER.test(t)) return 'bad';
  // The readers' one rule (lib/text/finite-number.ts): finite, within MAX_SAFE_INTEGER, never -0.
  const n = finiteNumber(Number(t) * scale);
  return n === null ? 'bad' : { n: roundNoise(n), percent };
}

/** 15 significant digits, as Excel shows them: 1520.4000000000001 → 1520.4. */
export function roundNoise(n: number): number {
  return Number.isSafeInteger(n) || !Number.isFinite(n) ? n : Number(n.toPrecision(15));
}

/** A count (曝光量, 访客数, 宝贝数量 …): a finite whole number ≥ 0. */
export function readCount(cell: string | null | undefined): CellRead<number> {
  const r = readNumberText(cell);
  if (r === null) return ok(null);
  if (r === 'bad') return bad('不是数字');
  if (r.percent) return bad('是百分数，不是数量');
  if (r.n < 0) return bad('是负数');
  if (!Number.isInteger(r.n)) return bad('不是整数');
  return ok(r.n);
}

/** Money in yuan (支付金额, 实收款): finite and ≥ 0. */
export function readMoney(cell: string | null | undefined): CellRead<number> {
  const r = readNumberText(cell);
  if (r === null) return ok(null);
  if (r === 'bad' || r.percent) return bad('不是金额');
  if (r.n < 0) return bad('是负数');
  return ok(r.n);
}

/**
 * A discount in yuan (店铺优惠, 平台优惠, 优惠券 columns). Reports write the same 10 yuan off as "10.00" or
 * "-10.00", so the sign is dropped; an empty cell or 无/未使用 in a discount column means no discount (0).
 */
export function readDiscount(cell: string | null | undefined): CellRead<number> {
  if (/^(无|没有|未使用|不使用|否)$/.test(cleanCell(cell))) return ok(0);
  const r = readNumberText(cell);
  if (r === null) return ok(0);
  if (r === 'bad' || r.percent) return bad('不是金额');
  return ok(Math.abs(r.n));
}

/** A non-negative figure that need not be whole (搜索人气 is an index). */
export function readNonNegative(cell: string | null | undefined): CellRead<number> {
  const r = readNumberText(cell);
  if (r === null) return ok(null);
  if (r === 'bad' || r.percent) return bad('不是数字');
  if (r.n < 0) return bad('是负数');
  return ok(r.n);
}

/** How the bare numbers (no % sign) of one rate column are read; see decideBareRateScale. */
export type BareRateScale = 'fraction' | 'percent';

/**
 * A rate as a fraction within 0–max (max 1 unless the column may pass 100 %, as 生意参谋 市场's clicks per
 * searcher do): "8.00%" → 0.08; a bare number by the column's scale.
 */
export function readRate(cell: string | null | undefined, bare: BareRateScale, max = 1): CellRead<number> {
  const r = readNumberText(cell);
  if (r === null) return ok(null);
  if (r === 'bad') return bad('不是百分比');
  const fraction = r.percent || bare === 'percent' ? r.n / 100 : r.n;
  if (fraction < 0) return bad('是负数');
  if (fraction > max) return bad(`超出 0–${max * 100}%`);
  return ok(Math.round(fraction * 1e10) / 1e10);
}

/** A bare number of a rate column (no % sign), or null when the cell is empty, has a % or is not a number. */
export function bareRateValue(cell: string | null | undefined): number | null {
  const r = readNumberText(cell);
  return r === null || r === 'bad' || r.percent || r.n < 0 ? null : r.n;
}

/**
 * The scale of a rate column's bare numbers, decided once per column so that one column is never read
 * half as fractions and half as percents. In order:
 * 1. a header that says % ("点击率(%)") → percents;
 * 2. any bare number in (1, 100] → percents: a fraction cannot exceed 1, so the column writes percents
 *    (numbers above 100 vote for nothing: they are wrong either way and refused cell by cell);
 * 3. where the counts give the rate (点击量 / 曝光量), whichever reading is closer in most rows;
 * 4. otherwise fractions, as 生意参谋 itself and Excel's % cells store rates (0.08 = 8 %).
 * So a bare "1" is 100 % in a column of fractions (0.08, 0.05, 1) and 1 % in a column of percents (8, 5, 1).
 */
export function decideBareRateScale(header: string, samples: readonly { value: number; ratio: number | null }[]): BareRateScale {
  if (/[%％]/.test(header)) return 'percent';
  if (samples.some((s) => s.value > 1 && s.value <= 100)) return 'percent';
  let votes = 0;
  for (const { value, ratio } of samples) {
    if (ratio === null || value <= 0) continue;
    votes += Math.abs(value / 100 - ratio) < Math.abs(value - ratio) ? 1 : -1;
  }
  return votes > 0 ? 'percent' : 'fraction';
}

/** The note that tells the user how a column's bare numbers were read. */
export function bareRateNote(column: string, scale: BareRateScale): string {
  return scale === 'percent'
    ? `“${column}”列里的数字没有 % 号，按百分数读取（5 即 5%）`
    : `“${column}”列里的数字没有 % 号，按小数读取（0.05 即 5%）`;
}

const DATE_TIME =
  /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)(?:(?:\s+|T)(\d{1,2})[:：](\d{1,2})(?:[:：](\d{1,2})(?:\.\d+)?)?)?$/;

/** "2026-08-12 10:21:33", "2026/8/12 9:05", "2026年8月12日" → parts; null when the text is no such date. */
export function readDateParts(text: string): DateParts | null {
  const m = DATE_TIME.exec(halfWidth(cleanCell(text)).replace(/\s+/g, ' '));
  if (!m) return null;
  return {
    y: +m[1]!,
    mo: +(m[2] ?? m[4])!,
    d: +(m[3] ?? m[5])!,
    h: +(m[6] ?? 0),
    mi: +(m[7] ?? 0),
    s: +(m[8] ?? 0),
    hasTime: m[6] !== undefined,
  };
}

/** A date-time cell in China time → epoch ms. */
export function readChinaDateTime(cell: string | null | undefined): CellRead<number> {
  if (isEmptyCell(cell)) return ok(null);
  const parts = readDateParts(cleanCell(cell));
  if (!parts || !isRealDate(parts)) return bad('不是有效的日期时间');
  return ok(chinaTimeMs(parts));
}

const DATE_IN_TEXT = /(?<!\d)(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日?)(?!\d)/g;

/** Every date written in a text, in order, as {text, date}; date is null when the text is no real date. */
export function findDates(text: string): { text: string; date: string | null }[] {
  return [...halfWidth(text).matchAll(DATE_IN_TEXT)].map((m) => {
    const parts = { y: +m[1]!, mo: +(m[3] ?? m[5])!, d: +(m[4] ?? m[6])!, h: 0, mi: 0, s: 0, hasTime: false };
    return { text: m[0], date: isRealDate(parts) ? isoDate(parts) : null };
  });
}

/** A period as ISO dates, start ≤ end. */
export type DateRange = { start: string; end: string };

/**
 * A 统计日期 cell: one date ("2026-10-01", also with a time) is a one-day period; two dates
 * ("2026-10-01 ~ 2026-10-31", "至", "—") are a range.
 */
export function readPeriodCell(cell: string | null | undefined): CellRead<DateRange> {
  if (isEmptyCell(cell)) return ok(null);
  const dates = findDates(cleanCell(cell));
  if (dates.length < 1 || dates.length > 2 || dates.some((d) => d.date === null)) return bad('不是有效的日期');
  const start = dates[0]!.date!;
  const end = dates[dates.length - 1]!.date!;
  if (start > end) return bad('开始日期晚于结束日期');
  return ok({ start, end });
}
