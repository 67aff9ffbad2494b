import type { Worker } from 'playwright-core';

/** Reads all rows of one table of the extension's IndexedDB, from its service worker. */
export async function readTable<T = Record<string, unknown>>(worker: Worker, table: string): Promise<T[]> {
  return worker.evaluate(
    (name: string) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('duibiao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}
