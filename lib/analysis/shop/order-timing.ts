/**
 * When buyers order, for paid-search scheduling (分时折扣, seed 002 §一.4: bid up in the hours with the most
 * buyers, bid less or pause in the quiet ones).
 */
export interface BestHours {
  /** Valid orders counted. */
  orders: number;
  /** The busiest hours that together hold at least half of the orders, in clock order. */
  peakHours: number[];
  /** The quietest hours that together hold at most a tenth of the orders (hours without orders included), in clock order. */
  quietHours: number[];
  /** Share of the orders placed in the peak hours. */
  peakShare: number;
  /** Fewer orders than this say little about hours. */
  reliable: boolean;
}

/** Below this many orders the hours are shown but called unreliable. */
export const MIN_ORDERS_FOR_HOURS = 30;
const PEAK_SHARE = 0.5;
const QUIET_SHARE = 0.1;

/** Peak and quiet hours from orders per hour of day (24 counts, 0 = 00:00–01:00). */
export function findBestHours(hours: readonly number[]): BestHours {
  const counts = Array.from({ length: 24 }, (_, h) => Math.max(0, hours[h] ?? 0));
  const total = counts.reduce((a, b) => a + b, 0);
  if (!total) return { orders: 0, peakHours: [], quietHours: [], peakShare: 0, reliable: false };
  const byHour = counts.map((count, hour) => ({ hour, count }));
  const peak: number[] = [];
  let covered = 0;
  for (const { hour, count } of [...byHour].sort((a, b) => b.count - a.count || a.hour - b.hour)) {
    if (covered >= PEAK_SHARE * total) break;
    peak.push(hour);
    covered += count;
  }
  const quiet: number[] = [];
  let quietSum = 0;
  for (const { hour, count } of [...byHour].sort((a, b) => a.count - b.count || a.hour - b.hour)) {
    if (quietSum + count > QUIET_SHARE * total) break;
    quiet.push(hour);
    quietSum += count;
  }
  return {
    orders: total,
    peakHours: peak.sort((a, b) => a - b),
    quietHours: quiet.sort((a, b) => a - b),
    peakShare: covered / total,
    reliable: total >= MIN_ORDERS_FOR_HOURS,
  };
}

/** [9, 10, 11, 20] → "9:00–12:00、20:00–21:00": consecutive hours as one span. */
export function describeHours(hours: readonly number[]): string {
  const spans: [number, number][] = [];
  for (const h of [...hours].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && last[1] === h) last[1] = h + 1;
    else spans.push([h, h + 1]);
  }
  return spans.map(([a, b]) => `${a}:00–${b}:00`).join('、');
}
