import { daysInMonth, isoDate, isRealDate } from '../../text/china-date';
import { cleanCell, findDates, readPeriodCell, type DateRange } from './cell-checks';

/**
 * The period an imported metrics export covers. Metric rows are stored per platform + scope + subject +
 * period, so an import without its period would overwrite another month's figures.
 *
 * Where it was found: 'column' a 统计日期 column (per row), 'file' a line above the table ("统计时间：
 * 2026-10-01 ~ 2026-10-31"), 'name' the file name (商品效果_2026-10-01_2026-10-31.csv), 'caller' given by
 * the user.
 */
export type PeriodSource = 'file' | 'column' | 'name' | 'caller';
export type ImportPeriod = DateRange & { from: PeriodSource };

/** A line that states the period; not 下载时间/导出时间, which say when the file was made. */
const PERIOD_LABEL = /统计(?:时间|日期|周期)|日期范围|时间范围|时间段|日期|周期/;
const OTHER_TIME_LABEL = /下载|导出|生成|打印|更新/;

function rangeOf(dates: readonly string[]): DateRange | null {
  if (!dates.length) return null;
  const start = dates[0]!;
  const end = dates[Math.min(1, dates.length - 1)]!;
  return start <= end ? { start, end } : null;
}

/** "2026-10" or "2026年10月" alone: the whole month. */
function monthRange(text: string): DateRange | null {
  const m = /(?<!\d)(\d{4})(?:[-/.]|年)(\d{1,2})月?(?![\d/.-])/.exec(text);
  if (!m) return null;
  const y = +m[1]!;
  const mo = +m[2]!;
  if (!isRealDate({ y, mo, d: 1, h: 0, mi: 0, s: 0, hasTime: false })) return null;
  return { start: isoDate({ y, mo, d: 1 }), end: isoDate({ y, mo, d: daysInMonth(y, mo) }) };
}

/** Valid dates of a text, or null when any written date is impossible (then the text is not trusted). */
function validDates(text: string): string[] | null {
  const dates = findDates(text);
  return dates.some((d) => d.date === null) ? null : dates.map((d) => d.date!);
}

/**
 * The period stated above an export's header: a labelled line (统计时间/统计日期/统计周期/日期范围) with one
 * or two dates or a month, or any line with two dates ("【生意参谋平台】商品_全部_2026-10-01_2026-10-31").
 */
export function periodAboveHeader(rows: readonly (readonly string[])[], headerIndex: number): DateRange | null {
  for (let i = 0; i < headerIndex; i++) {
    const line = (rows[i] ?? []).map(cleanCell).filter(Boolean).join(' ');
    const label = PERIOD_LABEL.exec(line);
    if (label) {
      // Read from the label on, and stop at a 下载时间 that may follow on the same line.
      const rest = line.slice(label.index);
      const other = OTHER_TIME_LABEL.exec(rest);
      const part = other ? rest.slice(0, other.index) : rest;
      const dates = validDates(part);
      const range = dates?.length ? rangeOf(dates) : monthRange(part);
      if (range) return range;
      continue;
    }
    if (OTHER_TIME_LABEL.test(line)) continue;
    const dates = validDates(line);
    if (dates && dates.length >= 2) return rangeOf(dates);
  }
  return null;
}

const NAME_DATE = /(?<!\d)(\d{4})(?:([-._/])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日?|(\d{2})(\d{2}))(?!\d)/g;

/**
 * The period in a file name: two dates (2026-10-01_2026-10-31, 20261001-20261031, 2026.10.01). One date
 * alone is not taken: it is as often the download day as the day the figures are for.
 */
export function periodFromFileName(name: string): DateRange | null {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/\.[a-z0-9]+$/i, '')
    .normalize('NFKC');
  const dates: string[] = [];
  for (const m of base.matchAll(NAME_DATE)) {
    const parts = { y: +m[1]!, mo: +(m[3] ?? m[5] ?? m[7])!, d: +(m[4] ?? m[6] ?? m[8])!, h: 0, mi: 0, s: 0, hasTime: false };
    if (!isRealDate(parts)) return null;
    dates.push(isoDate(parts));
  }
  return dates.length >= 2 ? rangeOf(dates) : null;
}

/** The span of a 统计日期 column (earliest start, latest end); null when no cell holds a date. */
export function periodFromColumn(rows: readonly (readonly string[])[], headerIndex: number, col: number): DateRange | null {
  if (col < 0) return null;
  const starts: string[] = [];
  const ends: string[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const read = readPeriodCell(rows[i]?.[col]);
    if (!read.ok || !read.value) continue;
    starts.push(read.value.start);
    ends.push(read.value.end);
  }
  if (!starts.length) return null;
  // ISO dates order as text.
  return { start: starts.reduce((a, b) => (b < a ? b : a)), end: ends.reduce((a, b) => (b > a ? b : a)) };
}

/** The period a caller gives: two ISO dates, start ≤ end; anything else is not a period. */
export function checkCallerPeriod(period: { start: string; end: string } | null | undefined): DateRange | null {
  if (!period) return null;
  const start = validDates(period.start);
  const end = validDates(period.end);
  if (start?.length !== 1 || end?.length !== 1) return null;
  return rangeOf([start[0]!, end[0]!]);
}

/** "2026-10-01 至 2026-10-31" (or the day alone). */
export function describePeriod(period: DateRange): string {
  return period.start === period.end ? period.start : `${period.start} 至 ${period.end}`;
}
