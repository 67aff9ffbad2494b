import { describe, expect, it } from 'vitest';
import { compareRankedItems } from '../../lib/analysis/history/compare-snapshots';
import { summariseSnapshot } from '../../lib/analysis/history/summarise-snapshot';
import { changesTable, timelineTable } from '../../lib/export/history-rows';
import { toCsv } from '../../lib/export/csv';
import type { SearchSnapshot } from '../../lib/model/records';
import { describeAlert } from '../../lib/text/describe-alert';
import { makeSearchItem } from '../support/search-item';

const snap = (id: number, at: number, ids: string[], badges: string[][] = []): SearchSnapshot & { id: number } => ({
  id,
  platform: 'taobao',
  keyword: '卫衣',
  sort: null,
  url: 'u',
  capturedAt: at,
  items: ids.map((itemId, i) =>
    makeSearchItem({ itemId, position: i + 1, title: `T${itemId}`, priceMin: 10 * (i + 1), badges: badges[i] ?? [] }),
  ),
  adsExcluded: 0,
  complete: true,
  pages: [1],
  sources: ['dom'],
});

describe('history exports', () => {
  it('a row per capture with the charted figures, badge shares and my ranks (未进前60 when absent)', () => {
    const table = timelineTable(
      [
        summariseSnapshot(snap(1, Date.UTC(2026, 10, 1), ['A', 'B'], [['包邮'], []])),
        summariseSnapshot(snap(2, Date.UTC(2026, 10, 2), ['B', 'C'])),
      ],
      [{ itemId: 'A', ranks: [1, null] }],
    );
    expect(table.headers.slice(-2)).toEqual(['标签占比 包邮', '我的 A 排名']);
    expect(table.rows).toEqual([
      ['2026-11-01 08:00:00', 2, '是', 0, 15, 15, null, null, 2, 0.5, 1],
      ['2026-11-02 08:00:00', 2, '是', 0, 15, 15, null, null, 2, 0, '未进前60'],
    ]);
    expect(toCsv(table).trim().split('\n')).toHaveLength(3);
    // A capture without its page 2 only says the item was not in the part it read.
    const partial = summariseSnapshot({ ...snap(3, Date.UTC(2026, 10, 3), ['B']), complete: false });
    expect(timelineTable([partial], [{ itemId: 'A', ranks: [null] }]).rows[0]!.at(-1)).toBe('未进前1（只采集了前1个）');
  });

  it('a row per change between two captures, with titles', () => {
    const older = snap(1, 0, ['A', 'B', 'C']).items;
    const newer = snap(2, 1, ['C', 'A', 'D']).items;
    const table = changesTable(compareRankedItems(older, newer), older, newer);
    expect(table.rows).toEqual([
      ['新进入前60', 'D', 'TD', null, 3],
      ['离开前60', 'B', 'TB', 2, null],
      ['排名变化', 'C', 'TC', 3, 1],
      ['排名变化', 'A', 'TA', 1, 2],
      ['价格变化', 'C', 'TC', 30, 10],
      ['价格变化', 'A', 'TA', 10, 20],
    ]);
  });

  it('describes 动态 entries in Chinese', () => {
    expect(describeAlert({ kind: 'price-drop', from: 100, to: 85 })).toBe('降价 ¥100.00 → ¥85.00 (-15%)');
    expect(describeAlert({ kind: 'my-rank-moved', from: 20, to: 3 })).toBe('我的排名：第20名 → 第3名（↑17）');
    expect(describeAlert({ kind: 'left-top10', from: 9, to: null })).toBe('跌出前10：第9名 → 未进前60');
  });
});
