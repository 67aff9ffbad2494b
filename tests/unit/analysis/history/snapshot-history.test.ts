import { describe, expect, it } from 'vitest';
import { compareRankedItems } from '../../../../lib/analysis/history/compare-snapshots';
import { buildMyItems } from '../../../../lib/analysis/history/mine';
import { findMyRanks, trackMyRanks } from '../../../../lib/analysis/history/my-items';
import { rankedIdsOf, rankedShopsOf, summariseSnapshot } from '../../../../lib/analysis/history/summarise-snapshot';
import { chooseSnapshotsToThin } from '../../../../lib/analysis/history/thin-snapshots';
import type { SearchItem, SearchSnapshot } from '../../../../lib/model/records';
import { makeSearchItem } from '../../../support/search-item';

/** Items from compact specs: id, price, sales, shop; ranks are the order given. */
function items(...specs: [string, number | null, number | null, string?][]): SearchItem[] {
  return specs.map(([itemId, priceMin, sales, shop], i) =>
    makeSearchItem({
      itemId,
      position: i + 1,
      priceMin,
      sales,
      shop: shop ?? null,
      title: `标题${itemId}`,
      imageUrl: `https://img.alicdn.com/${itemId}.jpg`,
    }),
  );
}

function snapshot(id: number, capturedAt: number, list: SearchItem[], over: Partial<SearchSnapshot> = {}): SearchSnapshot & { id: number } {
  return {
    id,
    platform: 'taobao',
    keyword: '卫衣',
    sort: null,
    url: 'https://s.taobao.com/search?q=卫衣',
    capturedAt,
    items: list,
    adsExcluded: 2,
    complete: true,
    pages: [1],
    sources: ['dom'],
    ...over,
  };
}

const DAY = 86_400_000;

describe('compareRankedItems', () => {
  // Before: A B C D E; after: C A F B (D, E left; F new). Hand-computed below.
  const before = items(['A', 10, 100], ['B', 20, 5], ['C', 30, null], ['D', 40, 1], ['E', 50, 2]);
  const after = items(['C', 27, 3], ['A', 10, 120], ['F', 15, 0], ['B', 22, 5]);

  it('finds entries, exits, rank moves and price, sales and title changes', () => {
    const changes = compareRankedItems(before, after);
    expect(changes.entered).toEqual(['F']);
    expect(changes.left).toEqual(['D', 'E']);
    expect(changes.moved).toEqual([
      { itemId: 'C', from: 3, to: 1 },
      { itemId: 'A', from: 1, to: 2 },
      { itemId: 'B', from: 2, to: 4 },
    ]);
    expect(changes.priceChanged).toEqual([
      { itemId: 'C', from: 30, to: 27 },
      { itemId: 'B', from: 20, to: 22 },
    ]);
    // C's sales were unknown before: not a change.
    expect(changes.salesChanged).toEqual([{ itemId: 'A', from: 100, to: 120 }]);
    expect(changes.titleChanged).toEqual([]);
  });

  it('does not call items beyond the end of an incomplete list left or entered', () => {
    // The newer list is page 1 only (3 of 5): D and E may well be on its page 2.
    const page1 = items(['B', 20, 5], ['A', 10, 100], ['G', 1, 1]);
    const partial = compareRankedItems(before, page1, { older: true, newer: false });
    expect(partial.left).toEqual(['C']);
    expect(partial.entered).toEqual(['G']);
    expect(compareRankedItems(before, page1).left).toEqual(['C', 'D', 'E']);
    // The older one incomplete: F at rank 3 after is new (the older list reached rank 3), H at 5 may not be.
    const after5 = items(['A', 10, 1], ['B', 20, 5], ['F', 1, 1], ['C', 30, 1], ['H', 1, 1]);
    expect(compareRankedItems(before.slice(0, 3), after5, { older: false, newer: true }).entered).toEqual(['F']);
  });

  it('is empty for the same list, and an item listed twice keeps its best rank', () => {
    expect(compareRankedItems(before, before)).toEqual({
      entered: [],
      left: [],
      moved: [],
      priceChanged: [],
      salesChanged: [],
      titleChanged: [],
    });
    const twice = items(['A', 10, 1], ['B', 20, 5], ['A', 10, 1]);
    expect(compareRankedItems(twice, items(['B', 20, 5], ['A', 10, 1])).moved).toEqual([
      { itemId: 'B', from: 2, to: 1 },
      { itemId: 'A', from: 1, to: 2 },
    ]);
  });
});

describe('summariseSnapshot', () => {
  it('summarises organic items only, in rank order, with hand-computed means and medians', () => {
    const list = [
      ...items(['A', 10, 100, '我的店'], ['B', 20, null, '别家'], ['C', 60, 50]),
      makeSearchItem({ itemId: 'M', priceMin: 1000, addedManually: true }),
    ];
    list[0]!.badges = ['包邮'];
    list[1]!.badges = ['包邮', '退货宝'];
    const s = summariseSnapshot(snapshot(7, 1000, list));
    expect(s).toMatchObject({
      snapshotId: 7,
      itemCount: 4,
      organicCount: 3,
      priceMean: 30,
      priceMedian: 20,
      salesMean: 75,
      salesMedian: 75,
    });
    expect(rankedIdsOf(s)).toEqual(['A', 'B', 'C']);
    expect(rankedShopsOf(s)).toEqual(['我的店', '别家', null]);
    expect(s.badgeShares).toEqual({ 包邮: 2 / 3, 退货宝: 1 / 3 });
  });
});

describe('my ranks', () => {
  const mine = buildMyItems(
    [
      { platform: 'taobao', itemId: 'L' },
      { platform: '1688', itemId: 'A' },
    ],
    [' 我的店 '],
  );
  const s1 = summariseSnapshot(snapshot(1, 1 * DAY, items(['A', 1, 1], ['X', 1, 1, '我的店'], ['L', 1, 1])));
  const s2 = summariseSnapshot(snapshot(2, 2 * DAY, items(['L', 1, 1], ['A', 1, 1])));

  it('counts own listings of the same platform and items of my shops', () => {
    // A is mine on 1688, not on Taobao (Tmall would count: the same items).
    expect(findMyRanks(s1, mine)).toEqual([
      { itemId: 'X', rank: 2 },
      { itemId: 'L', rank: 3 },
    ]);
  });

  it('tracks each of my items over the timeline, null where it was not in the top 60', () => {
    expect(trackMyRanks([s1, s2], mine)).toEqual([
      { itemId: 'L', ranks: [3, 1] },
      { itemId: 'X', ranks: [2, null] },
    ]);
    // An own listing never seen still gets its (empty) line: 未进前60 each time.
    const other = buildMyItems([{ platform: 'taobao', itemId: 'Z' }], []);
    expect(trackMyRanks([s1, s2], other)).toEqual([{ itemId: 'Z', ranks: [null, null] }]);
    // Items that rank come first (best latest rank first), listings never seen last: a chart of the first few shows ranks.
    const both = buildMyItems(
      [
        { platform: 'taobao', itemId: 'Z' },
        { platform: 'taobao', itemId: 'A' },
        { platform: 'taobao', itemId: 'L' },
      ],
      [],
    );
    expect(trackMyRanks([s1, s2], both).map((x) => x.itemId)).toEqual(['L', 'A', 'Z']);
  });
});

describe('chooseSnapshotsToThin', () => {
  const at = (day: number, hour: number): number => day * DAY + hour * 3_600_000 - 8 * 3_600_000; // China time
  const sums = [
    summariseSnapshot(snapshot(1, at(1, 9), items(['A', 1, 1]))),
    summariseSnapshot(snapshot(2, at(1, 21), items(['A', 1, 1]))),
    summariseSnapshot(snapshot(3, at(1, 23), items(['A', 1, 1]), { keyword: '毛衣' })),
    summariseSnapshot(snapshot(4, at(2, 1), items(['A', 1, 1]))),
    summariseSnapshot(snapshot(5, at(2, 2), items(['A', 1, 1]), { sort: 'sale-desc' })),
    summariseSnapshot(snapshot(6, at(30, 8), items(['A', 1, 1]))),
    summariseSnapshot(snapshot(7, at(30, 9), items(['A', 1, 1]))),
  ];

  it('keeps the last capture per search per calendar day among the old ones, and every new one', () => {
    // now = day 31; older than 10 days: days 1–2. Day 1 卫衣: 1 and 2 → keep 2. 毛衣 and the other sort stand alone.
    expect(chooseSnapshotsToThin(sums, 10, 31 * DAY, 480)).toEqual([1]);
    // With UTC days, 02:00 China time on day 2 (= 18:00 UTC day 1) falls on day 1: 1, 2 and 4 share a day.
    expect(chooseSnapshotsToThin(sums, 10, 31 * DAY, 0).sort()).toEqual([1, 2]);
    expect(chooseSnapshotsToThin(sums, 40, 31 * DAY, 480)).toEqual([]);
    // A later page-1-only capture does not replace the day's complete one.
    const partial = summariseSnapshot(snapshot(8, at(1, 22), items(['A', 1, 1]), { complete: false }));
    expect(chooseSnapshotsToThin([...sums, partial], 10, 31 * DAY, 480).sort()).toEqual([1, 8]);
  });
});

describe('Taobao and Tmall name the same items', () => {
  it('an own Tmall listing is mine on a Taobao result page, whichever platform its card names', () => {
    const mine = buildMyItems([{ platform: 'tmall', itemId: '777' }], []);
    const list = items(['X', 1, 1], ['777', 1, 1]);
    list[1]!.platform = 'tmall';
    const s = summariseSnapshot(snapshot(1, 0, list));
    expect(findMyRanks(s, mine)).toEqual([{ itemId: '777', rank: 2 }]);
    expect(trackMyRanks([s], mine)).toEqual([{ itemId: '777', ranks: [2] }]);
    expect(findMyRanks(summariseSnapshot(snapshot(2, 0, list, { platform: '1688' })), mine)).toEqual([]);
  });
});
