import { describe, expect, it } from 'vitest';
import { chinaDayStart, chinaHour, chinaIsoDate, chinaMonthDay } from '../../../lib/text/china-date';

describe('China calendar days', () => {
  it('a date typed by the seller starts at 00:00 Beijing time (16:00 UTC the day before)', () => {
    expect(chinaDayStart('2026-11-11')).toBe(Date.UTC(2026, 10, 10, 16));
    expect(chinaDayStart('2026-02-30')).toBeNull();
    expect(chinaDayStart('11/11')).toBeNull();
  });

  it('a moment falls on its Beijing day and hour', () => {
    // 2026-11-10 17:30 UTC is 2026-11-11 01:30 in China.
    const t = Date.UTC(2026, 10, 10, 17, 30);
    expect(chinaIsoDate(t)).toBe('2026-11-11');
    expect(chinaHour(t)).toBe(1);
    expect(chinaMonthDay('2026-01-05')).toBe('1月5日');
  });
});
