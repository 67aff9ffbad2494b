import { afterEach, describe, expect, it } from 'vitest';
import { DuibiaoDB } from '../../../lib/db/database';
import { MERGE_WINDOW_MS, saveSearchPage } from '../../../lib/db/snapshots';
import type { SearchItem, SearchPage } from '../../../lib/model/records';
import { makeSearchItem } from '../../support/search-item';

let db: DuibiaoDB;
let n = 0;
afterEach(async () => {
  db.close();
  await db.delete();
});

function items(prefix: string, count: number, adsAt: number[] = []): SearchItem[] {
  return Array.from({ length: count }, (_, i) =>
    makeSearchItem({
      position: i + 1,
      itemId: `${prefix}${i}`,
      title: `卫衣${i}`,
      priceMin: 10 + i,
      priceMax: 10 + i,
      sales: i,
      salesText: `${i}人付款`,
      isAd: adsAt.includes(i + 1),
      adEvidence: adsAt.includes(i + 1) ? ['p4p'] : [],
    }),
  );
}

function page(pageNo: number, list: SearchItem[], over: Partial<SearchPage> = {}): SearchPage {
  return {
    platform: 'taobao',
    keyword: '卫衣',
    sort: null,
    page: pageNo,
    url: `https://s.taobao.com/search?q=x&page=${pageNo}`,
    items: list,
    source: 'dom',
    ...over,
  };
}

describe('saveSearchPage', () => {
  it('page 1 short of 60 → partial; page 2 within the window completes the same snapshot', async () => {
    db = new DuibiaoDB(`snap-${++n}`);
    const first = await saveSearchPage(page(1, items('a', 48, [1, 2, 13, 25])), 1000, db);
    expect(first).toMatchObject({ itemCount: 44, adsExcluded: 4, complete: false, pages: [1], merged: false });
    const second = await saveSearchPage(page(2, items('b', 48, [1])), 2000, db);
    expect(second).toMatchObject({
      snapshotId: first.snapshotId,
      itemCount: 60,
      complete: true,
      pages: [1, 2],
      merged: true,
      adsExcluded: 5,
    });
    const stored = await db.snapshots.get(first.snapshotId);
    expect(stored!.items.slice(44).map((i) => i.itemId)).toEqual(
      items('b', 17)
        .slice(1)
        .map((i) => i.itemId),
    );
    expect(await db.snapshots.count()).toBe(1);
  });

  it('the same page again starts a new snapshot; page 2 of another sort or after the window has no page 1 and is refused', async () => {
    db = new DuibiaoDB(`snap-${++n}`);
    await saveSearchPage(page(1, items('a', 40)), 0, db);
    await expect(saveSearchPage(page(2, items('b', 40), { sort: 'sale-desc' }), 10, db)).rejects.toThrow('请先在第1页');
    expect((await saveSearchPage(page(1, items('c', 40)), 20, db)).merged).toBe(false);
    await expect(saveSearchPage(page(2, items('d', 40)), 20 + MERGE_WINDOW_MS + 1, db)).rejects.toThrow('请先在第1页');
    expect(await db.snapshots.count()).toBe(2);
  });

  it('a page with only ads is refused and nothing is written', async () => {
    db = new DuibiaoDB(`snap-${++n}`);
    await expect(saveSearchPage(page(1, items('a', 3, [1, 2, 3])), 0, db)).rejects.toThrow('没有自然结果');
    expect(await db.snapshots.count()).toBe(0);
  });
});
