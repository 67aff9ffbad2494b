import { describe, expect, it } from 'vitest';
import { summariseSnapshot } from '../../../lib/analysis/history/summarise-snapshot';
import { chooseSnapshotsToThin } from '../../../lib/analysis/history/thin-snapshots';
import type { DuibiaoDB } from '../../../lib/db/database';
import { useFreshDatabases } from '../../support/fresh-db';
import {
  countOpenAlerts,
  dismissAlerts,
  listOpenAlerts,
  listTrackedSearches,
  readSummariesBefore,
  readCompetitorHistory,
  readSearchTimeline,
} from '../../../lib/db/history';
import { deleteSnapshots, listSnapshotHeaders } from '../../../lib/db/snapshots';
import { updateSettings } from '../../../lib/db/settings-store';
import { createBackgroundHandlers } from '../../../lib/messaging/background-handlers';
import type { MessageOrigin } from '../../../lib/messaging/protocol';
import type { SearchItem, SearchPage, SearchSnapshot } from '../../../lib/model/records';
import { emptyItemPage } from '../../../lib/sites/item-page';
import { makeSearchItem } from '../../support/search-item';

const openDb = useFreshDatabases('history');
let db: DuibiaoDB;

const fromExtension: MessageOrigin = { tabId: null, frameId: null, url: null, fromExtensionPage: true };

function items(ids: string[], price: (id: string) => number = () => 100): SearchItem[] {
  return ids.map((itemId, i) =>
    makeSearchItem({
      position: i + 1,
      itemId,
      title: `卫衣${itemId}`,
      priceMin: price(itemId),
      shop: itemId === 'S7' ? '我的小店' : '别家',
    }),
  );
}

function page(list: SearchItem[], pageNo = 1, keyword = '卫衣'): SearchPage {
  return {
    platform: 'taobao',
    keyword,
    sort: null,
    page: pageNo,
    url: `https://s.taobao.com/search?q=${keyword}&page=${pageNo}`,
    items: list,
    source: 'dom',
  };
}

const ids = (n: number, prefix = 'S'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

async function setup(): Promise<{ handlers: ReturnType<typeof createBackgroundHandlers>; clock: { t: number }; badge: number[] }> {
  db = await openDb();
  const clock = { t: 1_700_000_000_000 };
  const badge: number[] = [];
  const handlers = createBackgroundHandlers(
    db,
    () => clock.t,
    async () => {
      badge.push(await countOpenAlerts(db));
    },
  );
  return { handlers, clock, badge };
}

describe('history through the background save', () => {
  it('a second capture of a search records 动态 against the first and the badge count follows', async () => {
    const { handlers, clock, badge } = await setup();
    await updateSettings({ myShopNames: ['我的小店'] }, db);
    await handlers['snapshot/save']({ page: page(items(ids(60))) }, fromExtension);
    expect(await countOpenAlerts(db)).toBe(0);
    // A day later: my S7 (shop 我的小店) drops from 7 to 20, so S11 moves up to 10; S60 left, N1 entered at 60.
    clock.t += 86_400_000;
    const later = ids(60).filter((id) => id !== 'S7' && id !== 'S60');
    later.splice(19, 0, 'S7');
    await handlers['snapshot/save']({ page: page(items([...later, 'N1'])) }, fromExtension);
    const open = await listOpenAlerts(db);
    expect(open.map((a) => [a.kind, a.itemId, a.from, a.to, a.mine])).toEqual([
      ['entered-top10', 'S11', 11, 10, false],
      ['left-top10', 'S7', 7, 20, true],
      ['my-rank-moved', 'S7', 7, 20, true],
    ]);
    expect(badge).toEqual([0, 3]);
    await dismissAlerts(open[0]!.id!, clock.t, db);
    expect(await countOpenAlerts(db)).toBe(2);
    await dismissAlerts(null, clock.t, db);
    expect(await countOpenAlerts(db)).toBe(0);
  });

  it('page 2 merged later replaces the entries found on page 1 alone (no stale "left the top 60")', async () => {
    const { handlers, clock } = await setup();
    await updateSettings({ myShopNames: ['我的小店'] }, db);
    // First capture: pages 1 and 2, 60 items, mine (S7) at 7.
    await handlers['snapshot/save']({ page: page(items(ids(60))) }, fromExtension);
    clock.t += 86_400_000;
    // Second: page 1 holds 44 items without S7 (which is at 50 on page 2).
    const p1 = ids(45).filter((id) => id !== 'S7');
    const saved = await handlers['snapshot/save']({ page: page(items(p1)) }, fromExtension);
    expect(saved.complete).toBe(false);
    expect((await listOpenAlerts(db)).filter((a) => a.kind === 'my-rank-moved')).toEqual([]);
    clock.t += 60_000;
    const p2 = [...ids(49).slice(45), 'S7', ...ids(60).slice(49)].map((id, i) => ({ ...items([id])[0]!, position: i + 1 }));
    const merged = await handlers['snapshot/save']({ page: page(p2, 2) }, fromExtension);
    expect(merged).toMatchObject({ merged: true, snapshotId: saved.snapshotId });
    const moved = (await listOpenAlerts(db)).filter((a) => a.kind === 'my-rank-moved');
    expect(moved.map((a) => [a.from, a.to])).toEqual([[7, 49]]);
    // One summary per snapshot, current with the merged items.
    const timeline = await readSearchTimeline('taobao', '卫衣', db);
    expect(timeline.map((s) => s.organicCount)).toEqual([60, 60]);
    const snapshot = (await db.snapshots.get(saved.snapshotId)) as SearchSnapshot & { id: number };
    expect(timeline[1]).toEqual(summariseSnapshot(snapshot));
  });

  it('a price cut on a watched competitor’s item page is reported', async () => {
    const { handlers, clock } = await setup();
    const capture = {
      ...emptyItemPage('taobao', '42', 'https://item.taobao.com/item.htm?id=42', 'dom'),
      title: '连帽卫衣',
      priceMin: 100,
      priceMax: 100,
      sales: 5,
    };
    await handlers['capture/save']({ page: capture }, fromExtension);
    clock.t += 1000;
    await handlers['capture/save']({ page: { ...capture, priceMin: 85 } }, fromExtension);
    expect((await listOpenAlerts(db)).map((a) => [a.kind, a.from, a.to, a.keyword])).toEqual([['price-drop', 100, 85, null]]);
  });
});

describe('history reads', () => {
  it('lists searches from index keys, pickers from summaries, competitor points by the item index; thinning deletes snapshots with their summaries', async () => {
    const { handlers, clock } = await setup();
    const day = 86_400_000;
    for (let d = 0; d < 3; d++) {
      for (const hour of [9, 20]) {
        clock.t = 1_700_000_000_000 + d * day + hour * 3_600_000;
        await handlers['snapshot/save']({ page: page(items([...ids(60)], (id) => (id === 'S3' ? 100 - d : 100))) }, fromExtension);
      }
    }
    clock.t += 60_000;
    await handlers['snapshot/save']({ page: page(items(ids(60, 'M')), 1, '毛衣') }, fromExtension);
    expect((await listTrackedSearches(db)).map((s) => [s.keyword, s.snapshots])).toEqual([
      ['毛衣', 1],
      ['卫衣', 6],
    ]);
    const headers = await listSnapshotHeaders(3, db);
    expect(headers.map((h) => [h.keyword, h.itemCount])).toEqual([
      ['毛衣', 60],
      ['卫衣', 60],
      ['卫衣', 60],
    ]);
    const history = await readCompetitorHistory('taobao', 'S3', db);
    expect(history.points.map((p) => [p.price, p.rank])).toEqual([
      [100, 3],
      [100, 3],
      [99, 3],
      [99, 3],
      [98, 3],
      [98, 3],
    ]);
    // Thin everything older than "now + 1 day" (all of it): one per search per day stays.
    const victims = chooseSnapshotsToThin(await readSummariesBefore(Infinity, db), 1, clock.t + 2 * day, 0);
    expect(victims).toHaveLength(3);
    expect(await deleteSnapshots(victims, db)).toEqual({ snapshots: 3, items: 180 });
    expect(await db.snapshots.count()).toBe(4);
    expect(await db.snapshotSummaries.count()).toBe(4);
  });
});

describe('a later result page without its page 1', () => {
  it('is refused with the reason and nothing is stored (its items are not ranks 1…N)', async () => {
    const { handlers } = await setup();
    await expect(handlers['snapshot/save']({ page: page(items(ids(12)), 2) }, fromExtension)).rejects.toThrow('请先在第1页点“采集前60”');
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.snapshotSummaries.count()).toBe(0);
  });
});

describe('a watched Tmall item in Taobao searches', () => {
  it('is followed: its search appearances join its history and its price cut is a 动态 entry', async () => {
    const { handlers, clock } = await setup();
    const capture = { ...emptyItemPage('tmall', 'S3', 'https://detail.tmall.com/item.htm?id=S3', 'dom'), title: '卫衣S3', priceMin: 100 };
    await handlers['capture/save']({ page: capture }, fromExtension);
    const tmallCard = (list: SearchItem[]): SearchItem[] => list.map((i) => (i.itemId === 'S3' ? { ...i, platform: 'tmall' } : i));
    await handlers['snapshot/save']({ page: page(tmallCard(items(ids(60)))) }, fromExtension);
    clock.t += 86_400_000;
    await handlers['snapshot/save']({ page: page(tmallCard(items(ids(60), (id) => (id === 'S3' ? 60 : 100)))) }, fromExtension);
    expect((await listOpenAlerts(db)).map((a) => [a.kind, a.itemId, a.from, a.to])).toEqual([['price-drop', 'S3', 100, 60]]);
    expect((await readCompetitorHistory('tmall', 'S3', db)).points.map((p) => p.source)).toEqual(['capture', 'search', 'search']);
  });
});

describe('动态 over the life of a snapshot', () => {
  it('dismissed entries stay dismissed when page 2 is merged; deleting the snapshot deletes its entries', async () => {
    const { handlers, clock } = await setup();
    await updateSettings({ myShopNames: ['我的小店'] }, db);
    await handlers['snapshot/save']({ page: page(items(ids(60))) }, fromExtension);
    clock.t += 86_400_000;
    // Page 1 of the next capture: my S7 falls from 7 to 20 (S11 moves into the top 10).
    const p1 = ids(44).filter((id) => id !== 'S7');
    p1.splice(19, 0, 'S7');
    const saved = await handlers['snapshot/save']({ page: page(items(p1.slice(0, 44))) }, fromExtension);
    expect(await countOpenAlerts(db)).toBe(3);
    await dismissAlerts(null, clock.t, db);
    clock.t += 60_000;
    const p2 = ids(60)
      .slice(44)
      .map((id, i) => ({ ...items([id])[0]!, position: i + 1 }));
    await handlers['snapshot/save']({ page: page(p2, 2) }, fromExtension);
    expect(await countOpenAlerts(db)).toBe(0);
    expect(await db.alerts.count()).toBe(3);
    await deleteSnapshots([saved.snapshotId], db);
    expect(await db.alerts.count()).toBe(0);
  });
});
