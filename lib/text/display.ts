/** Number formatting for the Chinese UI: 12000 → "1.2万", money with ¥, shares as percents. */
export function formatCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  if (n >= 10000) return `${(n / 10000).toFixed(n >= 100000 ? 0 : 1)}万`;
  return String(Math.round(n));
}

export function formatYuan(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '—' : `¥${n.toFixed(2)}`;
}

export function formatShare(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '—' : `${(n * 100).toFixed(n < 0.1 ? 1 : 0)}%`;
}

export const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short' });

/** 1.2 MB, 830 KB: storage sizes for people, not engineers. */
export function formatBytes(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n) || n < 0) return '—';
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}
