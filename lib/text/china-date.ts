/**
 * Calendar days in China time (UTC+8, no daylight saving): the platforms, their order times and the dates a
 * seller types all mean Beijing days, whatever the computer's own time zone is.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

/** A calendar date and time as written (China wall-clock time). */
export type DateParts = { y: number; mo: number; d: number; h: number; mi: number; s: number; hasTime: boolean };

/** Days of a month (mo 1–12). */
export function daysInMonth(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** "2026-11-24" plus n days (n may be negative). */
export function addIsoDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another; NaN when either is not an ISO date. */
export function isoDaysBetween(startIso: string, endIso: string): number {
  return Math.round((Date.parse(`${endIso}T00:00:00Z`) - Date.parse(`${startIso}T00:00:00Z`)) / DAY_MS);
}

/** Whether the parts are a real moment: month 1–12, a day the month has, hour < 24, minute and second < 60. */
export function isRealDate(p: DateParts): boolean {
  return (
    p.y >= 1990 && p.y <= 2100 && p.mo >= 1 && p.mo <= 12 && p.d >= 1 && p.d <= daysInMonth(p.y, p.mo) && p.h < 24 && p.mi < 60 && p.s < 60
  );
}

/** Epoch ms of China wall-clock parts (UTC+8, no daylight saving). */
export function chinaTimeMs(p: Omit<DateParts, 'hasTime'>): number {
  return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - CHINA_OFFSET_MS;
}

/** "YYYY-MM-DD" of valid parts. */
export function isoDate(p: Pick<DateParts, 'y' | 'mo' | 'd'>): string {
  return `${p.y}-${String(p.mo).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

/** "2026-11-11" → epoch ms of 00:00 that day in China; null when it is no real date. */
export function chinaDayStart(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const parts = { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), h: 0, mi: 0, s: 0, hasTime: false };
  return isRealDate(parts) ? chinaTimeMs(parts) : null;
}

/** Epoch ms → "2026-11-11", the China calendar day it falls on. */
export function chinaIsoDate(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Epoch ms → "2026-11-11 09:30:05", China time (spreadsheet cells people read). */
export function chinaDateTime(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** "2026-11-11" → "11月11日" (for messages to buyers). */
export function chinaMonthDay(isoDate: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${Number(m[1])}月${Number(m[2])}日` : isoDate;
}

/** The hour of day (0–23) in China time. */
export function chinaHour(ms: number): number {
  return Math.floor(((((ms + CHINA_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / 3_600_000);
}
