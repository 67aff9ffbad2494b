/**
 * How much of the browser's storage Duibiao uses, and whether the browser has promised to keep it
 * (navigator.storage.persist()): without that promise a browser short of disk may evict IndexedDB.
 */
export interface StorageUse {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

export async function readStorageUse(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageUse> {
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate?.().catch(() => null) ?? null,
    storage.persisted?.().catch(() => null) ?? null,
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/** Asks once for persistent storage; resolves to whether it is granted now. */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  return storage.persist().catch(() => false);
}
