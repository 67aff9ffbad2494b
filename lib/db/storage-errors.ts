/**
 * What the user reads when the browser refuses to store more: IndexedDB quota errors (and Dexie's wrappers of
 * them) become one Chinese sentence that says what to do; any other error is left as it is.
 */
export const QUOTA_MESSAGE =
  '浏览器给对标的存储空间已满，这次没有保存。请在“设置 → 数据”里先备份，再删除不用的旧快照、竞品历史或订单，然后重试。';

export function isQuotaError(error: unknown): boolean {
  const names: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    names.push(String((e as { name?: unknown }).name ?? ''), String((e as { message?: unknown }).message ?? ''));
    e = (e as { inner?: unknown }).inner;
  }
  return names.some((n) => /QuotaExceeded|quota/i.test(n));
}

/** Runs a write and turns a quota error into QUOTA_MESSAGE. */
export async function withStorageErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new Error(QUOTA_MESSAGE);
    throw error;
  }
}
