/**
 * Calendar days in China time (UTC+8, no daylight saving): the platforms, their order times and the dates a
 * seller types all mean Beijing days, whatever the computer's own time zone is.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

/** "2026-11-11" → epoch ms of 00:00 that day in China; null when it is no real date. */
export function chinaDayStart(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return utc - CHINA_OFFSET_MS;
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
