import { afterEach, describe, expect, it } from 'vitest';
import { DuibiaoDB } from '../../../lib/db/database';
import { latestCapture, saveItemCapture } from '../../../lib/db/captures';
import { addCaptureToSnapshot, saveSearchPage } from '../../../lib/db/snapshots';
import { emptyItemPage } from '../../../lib/sites/item-page';
import { makeSearchItem } from '../../support/search-item';

let db: DuibiaoDB;
let n = 0;
afterEach(async () => {
  db.close();
  await db.delete();
});

const page = (title: string, price: number): ReturnType<typeof emptyItemPage> => ({
  ...emptyItemPage('1688', '597090034012', 'https://detail.1688.com/offer/597090034012.html', '__INIT_DATA'),
  title,
  priceMin: price,
  priceMax: price,
});

describe('saveItemCapture', () => {
  it('first capture is version 1 without changes; the next is version 2 with the diff; the item is watched', async () => {
    db = new DuibiaoDB(`cap-${++n}`);
    const first = await saveItemCapture(page('卫衣', 10), 1000, db);
    expect(first).toMatchObject({ version: 1, changes: null, itemKey: '1688:597090034012' });
    const second = await saveItemCapture(page('加绒卫衣', 9), 2000, db);
    expect(second.version).toBe(2);
    expect(second.changes).toMatchObject({ changed: true, priceMin: { before: 10, after: 9 } });
    expect((await latestCapture('1688:597090034012', db))?.title).toBe('加绒卫衣');
    expect(await db.items.get('1688:597090034012')).toMatchObject({
      watched: true,
      firstSeenAt: 1000,
      lastSeenAt: 2000,
      title: '加绒卫衣',
    });
  });

  it('adds a capture to a snapshot once, flagged as added by hand', async () => {
    db = new DuibiaoDB(`cap-${++n}`);
    const saved = await saveSearchPage(
      {
        platform: '1688',
        keyword: '卫衣',
        sort: null,
        page: 1,
        url: 'u',
        source: 'dom',
        items: [makeSearchItem({ itemId: 'a', title: '卫衣' })],
      },
      0,
      db,
    );
    await saveItemCapture(page('卫衣', 10), 1000, db);
    const capture = (await latestCapture('1688:597090034012', db))!;
    expect(await addCaptureToSnapshot(saved.snapshotId, capture, db)).toBe(true);
    expect(await addCaptureToSnapshot(saved.snapshotId, capture, db)).toBe(false);
    const items = (await db.snapshots.get(saved.snapshotId))!.items;
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ itemId: '597090034012', addedManually: true, position: 2 });
  });
});
