import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { SearchPage } from '../../../lib/model/records';
import { parseSearchPage } from '../../../lib/sites/search-page';
import { openBenchTab } from '../chromium';
import type { BenchResult } from '../measure';

/** A realistic 60-item page to store, parsed from the legacy 1688 fixture. */
export function loadBenchPage(): SearchPage {
  const url = 'https://s.1688.com/selloffer/offer_search.htm?keywords=%CE%C0%D2%C2';
  const html = readFileSync(
    resolve(import.meta.dirname, '../../../tests/fixtures/sites/s.1688.com/selloffer/offer_search~legacy.html'),
    'utf8',
  );
  const doc = new new Window({ url }).DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const parsed = parseSearchPage(doc, url);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

/**
 * IndexedDB in Chromium with 1,000 stored snapshots (60 items each): saving a snapshot through the app's
 * store (transaction + merge lookup) vs a raw IndexedDB put of the same record; reading the latest vs a
 * raw get by key; the side panel's picker query (200 newest) vs a raw getAll of 200.
 */
export async function benchSnapshotDb(stored = 1000): Promise<BenchResult[]> {
  const tab = await openBenchTab();
  const page = loadBenchPage();
  return tab.evaluate(
    async ({ page, stored }) => {
      const b = (globalThis as unknown as { duibiaoBench: typeof import('../browser-entry').api }).duibiaoBench;
      const db = new b.DuibiaoDB('bench-snapshots');
      await db.delete();
      await db.open();
      const base = Date.now() - stored * 60_000;
      const rows = Array.from({ length: stored }, (_, i) => ({
        platform: page.platform,
        keyword: `关键词${i % 50}`,
        sort: null,
        url: page.url,
        capturedAt: base + i * 60_000,
        items: page.items,
        adsExcluded: 0,
        complete: true,
        pages: [1],
        sources: [page.source],
      }));
      await db.snapshots.bulkAdd(rows);
      const raw = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('bench-raw', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('s', { autoIncrement: true });
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const rawPut = (value: unknown): Promise<IDBValidKey> =>
        new Promise((ok, fail) => {
          const tx = raw.transaction('s', 'readwrite');
          const req = tx.objectStore('s').put(value);
          tx.oncomplete = () => ok(req.result);
          tx.onerror = () => fail(tx.error);
        });
      const rawGet = (key: IDBValidKey): Promise<unknown> =>
        new Promise((ok, fail) => {
          const req = raw.transaction('s').objectStore('s').get(key);
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
      const rawGetAll = (count: number): Promise<unknown[]> =>
        new Promise((ok, fail) => {
          const req = raw.transaction('s').objectStore('s').getAll(undefined, count);
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
      for (let i = 0; i < 200; i++) await rawPut(rows[i]);
      const key = await rawPut(rows[0]);
      let t = Date.now();
      const results = [
        await b.compare(
          `IndexedDB: save a 60-item snapshot with ${stored} stored`,
          () => b.saveSearchPage({ ...page, keyword: '新词' }, (t += 3_600_000), db),
          'raw IndexedDB put of the same record',
          () => rawPut(rows[0]),
          12,
          5,
        ),
        await b.compare(
          `IndexedDB: read the latest snapshot with ${stored} stored`,
          () => db.snapshots.orderBy('capturedAt').last(),
          'raw IndexedDB get by key',
          () => rawGet(key),
          12,
          10,
        ),
        await b.compare(
          `IndexedDB: 200 newest whole snapshots of ${stored} (what the picker read before the summary table)`,
          async () => db.snapshots.bulkGet(await db.snapshots.orderBy('capturedAt').reverse().limit(200).primaryKeys()),
          'raw IndexedDB getAll of 200',
          () => rawGetAll(200),
          6,
          2,
        ),
      ];
      // 备份 and the check 恢复 runs before writing, over the whole store (every row against its schema).
      let backup: Uint8Array = new Uint8Array();
      results.push(
        await b.compare(
          `备份: every table to one gzip file (${stored} snapshots)`,
          async () => {
            backup = await b.createBackup(db);
          },
          'raw IndexedDB getAll of the same snapshots + JSON.stringify',
          async () => JSON.stringify(await db.snapshots.toArray()).length,
          3,
          1,
        ),
      );
      results.push(
        await b.compare(
          `恢复 check: gunzip + JSON.parse + every row against its schema (${stored} snapshots)`,
          () => b.checkBackup(backup),
          'gunzip + JSON.parse alone',
          async () => {
            const stream = new Blob([backup as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
            return JSON.parse(await new Response(stream).text()) as unknown;
          },
          3,
          1,
        ),
      );
      raw.close();
      await db.delete();
      return results;
    },
    { page, stored },
  );
}
