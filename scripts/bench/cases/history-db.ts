import { openBenchTab } from '../chromium';
import type { BenchResult } from '../measure';
import { loadBenchPage } from './snapshot-db';

/**
 * History reads in Chromium's IndexedDB. Trend view: one search with `perSearch` snapshots (the summaries of
 * its timeline, my ranks and the chart series) against a raw IndexedDB getAll of the same summary rows, and
 * against reading the whole snapshots (what the trend would cost without the summary table). Picker: the 200
 * newest of `total` snapshots as headers against a raw getAll of the same 200 summary rows.
 */
export async function benchHistoryDb(perSearch = 1000, total = 10_000): Promise<BenchResult[]> {
  const tab = await openBenchTab();
  const page = loadBenchPage();
  return tab.evaluate(
    async ({ page, perSearch, total }) => {
      const b = (globalThis as unknown as { duibiaoBench: typeof import('../browser-entry').api }).duibiaoBench;
      const db = new b.DuibiaoDB('bench-history');
      await db.delete();
      await db.open();
      const base = Date.now() - total * 60_000;
      // `perSearch` captures of 卫衣, the rest spread over 49 other keywords; written in chunks with their summaries.
      const CHUNK = 500;
      for (let start = 0; start < total; start += CHUNK) {
        const rows = Array.from({ length: Math.min(CHUNK, total - start) }, (_, k) => {
          const i = start + k;
          const keyword = i < perSearch ? '卫衣' : `关键词${i % 49}`;
          // Rotate the items so ranks move between captures.
          const shift = i % page.items.length;
          const items = [...page.items.slice(shift), ...page.items.slice(0, shift)].map((item, r) => ({ ...item, position: r + 1 }));
          return {
            platform: page.platform,
            keyword,
            sort: null,
            url: page.url,
            capturedAt: base + i * 60_000,
            items,
            adsExcluded: 0,
            complete: true,
            pages: [1],
            sources: [page.source],
          };
        });
        await db.transaction('rw', db.snapshots, db.snapshotSummaries, async () => {
          const ids = (await db.snapshots.bulkAdd(rows, { allKeys: true })) as number[];
          await db.snapshotSummaries.bulkAdd(rows.map((row, k) => b.summariseSnapshot({ ...row, id: ids[k]! })));
        });
      }
      const mine = b.buildMyItems([{ platform: page.platform, itemId: page.items[7]!.itemId }], []);
      const timeline = await b.readSearchTimeline(page.platform, '卫衣', db);
      if (timeline.length !== perSearch) throw new Error(`expected ${perSearch} summaries, read ${timeline.length}`);
      const picker = await db.snapshotSummaries.orderBy('capturedAt').reverse().limit(200).toArray();

      const raw = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('bench-history-raw', 1);
        r.onupgradeneeded = () => {
          r.result.createObjectStore('timeline', { autoIncrement: true });
          r.result.createObjectStore('picker', { autoIncrement: true });
        };
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const rawFill = (store: string, values: unknown[]): Promise<void> =>
        new Promise((ok, fail) => {
          const tx = raw.transaction(store, 'readwrite');
          for (const v of values) tx.objectStore(store).put(v);
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
      const rawGetAll = (store: string): Promise<unknown[]> =>
        new Promise((ok, fail) => {
          const req = raw.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
      await rawFill('timeline', timeline);
      await rawFill('picker', picker);

      const trendView = async (): Promise<number> => {
        const summaries = await b.readSearchTimeline(page.platform, '卫衣', db);
        const ranks = b.trackMyRanks(summaries, mine);
        const price = summaries.map((s) => s.priceMean);
        return ranks.length + price.length;
      };
      const results = [
        await b.compare(
          `历史 → 趋势: one search with ${perSearch} snapshots (summaries, my ranks, chart series; ${total} stored)`,
          trendView,
          `raw IndexedDB getAll of the same ${perSearch} summary rows`,
          () => rawGetAll('timeline'),
          6,
          2,
        ),
        await b.compare(
          `历史 → 趋势 from whole snapshots instead (no summary table), ${perSearch} snapshots`,
          async () => {
            const ids = timeline.map((s) => s.snapshotId);
            const snapshots = await db.snapshots.bulkGet(ids);
            return snapshots.map((s) => b.summariseSnapshot(s as never)).length;
          },
          'the trend view above (from summaries)',
          trendView,
          3,
          1,
        ),
        await b.compare(
          `Snapshot picker: 200 newest headers of ${total} snapshots (summaries)`,
          () => b.listSnapshotHeaders(200, db),
          'raw IndexedDB getAll of the same 200 summary rows',
          () => rawGetAll('picker'),
          6,
          4,
        ),
      ];
      raw.close();
      await db.delete();
      return results;
    },
    { page, perSearch, total },
  );
}
