import { describe, expect, it } from 'vitest';
import { buildCompetitorHistory } from '../../../../lib/analysis/history/competitor-history';
import {
  detectCaptureAlerts,
  detectSnapshotAlerts,
  priceAlertKind,
  sameImage,
  type AlertContext,
} from '../../../../lib/analysis/history/detect-alerts';
import { buildMyItems } from '../../../../lib/analysis/history/mine';
import type { ItemCapture, SearchItem, SearchSnapshot } from '../../../../lib/model/records';
import { emptyItemPage } from '../../../../lib/sites/item-page';
import { makeSearchItem } from '../../../support/search-item';

/** Ranked items with ids R1…Rn (price 100, shop 别家), then overrides by id. */
function ranked(ids: string[], over: Record<string, Partial<SearchItem>> = {}): SearchItem[] {
  return ids.map((itemId, i) =>
    makeSearchItem({
      itemId,
      position: i + 1,
      title: `标题${itemId}`,
      priceMin: 100,
      shop: '别家',
      imageUrl: `https://img.alicdn.com/${itemId}.jpg`,
      ...over[itemId],
    }),
  );
}

function snap(list: SearchItem[], complete = true): SearchSnapshot {
  return {
    platform: 'taobao',
    keyword: '卫衣',
    sort: null,
    url: 'u',
    capturedAt: 0,
    items: list,
    adsExcluded: 0,
    complete,
    pages: [1],
    sources: ['dom'],
  };
}

const ids = (n: number, prefix = 'R'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

const context: AlertContext = {
  mine: buildMyItems([{ platform: 'taobao', itemId: 'R15' }], []),
  watchedKeys: new Set(['taobao:R3', 'taobao:R4', 'taobao:R5']),
  priceAlertShare: 0.1,
};

describe('detectSnapshotAlerts', () => {
  // Before: R1…R20. After: R15 jumps to 1; R20 left, N1 new at 20; R3 −10% (watched), R4 +5% (watched, below
  // threshold), R6 −50% (not followed); R5 new title and image (watched).
  const before = ranked(ids(20));
  const afterIds = ['R15', ...ids(19).filter((id) => id !== 'R15'), 'N1'];
  const after = ranked(afterIds, {
    R3: { priceMin: 90 },
    R4: { priceMin: 105 },
    R6: { priceMin: 50 },
    R5: { title: '新标题R5', imageUrl: 'https://img.alicdn.com/R5-new.jpg' },
  });
  const alerts = detectSnapshotAlerts(snap(before), snap(after), context);
  const of = (kind: string): { itemId: string; from: unknown; to: unknown }[] =>
    alerts.filter((a) => a.kind === kind).map(({ itemId, from, to }) => ({ itemId, from, to }));

  it('reports items entering and leaving the top 10 with their ranks', () => {
    // After: R15, R1…R9 in the top 10 → R15 entered (15 → 1); R10 fell to 11.
    expect(of('entered-top10')).toEqual([{ itemId: 'R15', from: 15, to: 1 }]);
    expect(of('left-top10')).toEqual([{ itemId: 'R10', from: 10, to: 11 }]);
  });

  it('reports my rank moving 5 places or more', () => {
    expect(of('my-rank-moved')).toEqual([{ itemId: 'R15', from: 15, to: 1 }]);
    expect(alerts.find((a) => a.kind === 'entered-top10')!.mine).toBe(true);
  });

  it('reports price changes beyond the threshold, titles and main images of followed items only', () => {
    expect(of('price-drop')).toEqual([{ itemId: 'R3', from: 100, to: 90 }]);
    expect(of('price-rise')).toEqual([]);
    expect(of('title-changed')).toEqual([{ itemId: 'R5', from: '标题R5', to: '新标题R5' }]);
    expect(of('image-changed')).toEqual([{ itemId: 'R5', from: 'https://img.alicdn.com/R5.jpg', to: 'https://img.alicdn.com/R5-new.jpg' }]);
    expect(alerts).toHaveLength(6);
  });

  it('does not call my item gone when the newer snapshot lacks its page 2', () => {
    const mine: AlertContext = { ...context, mine: buildMyItems([{ platform: 'taobao', itemId: 'R50' }], []) };
    const full = ranked(ids(60));
    const page1Only = ranked(ids(44));
    expect(detectSnapshotAlerts(snap(full), snap(page1Only, false), mine).filter((a) => a.kind === 'my-rank-moved')).toEqual([]);
    // With page 2 captured and the item truly gone, it is reported (rank 50 → none).
    const gone = ranked(ids(60).filter((id) => id !== 'R50'));
    expect(detectSnapshotAlerts(snap(full), snap(gone), mine).filter((a) => a.kind === 'my-rank-moved')).toMatchObject([
      { itemId: 'R50', from: 50, to: null },
    ]);
  });

  it('moves of 4 places are not reported', () => {
    const mine: AlertContext = { ...context, mine: buildMyItems([{ platform: 'taobao', itemId: 'R20' }], []) };
    const afterMove = ranked(['R20', ...ids(19)].slice(0, 20)); // R20: 20 → 1 (19 places)
    expect(detectSnapshotAlerts(snap(ranked(ids(20))), snap(afterMove), mine).some((a) => a.kind === 'my-rank-moved')).toBe(true);
    const small = ranked([...ids(15), 'R20', 'R16', 'R17', 'R18', 'R19']); // R20: 20 → 16
    expect(detectSnapshotAlerts(snap(ranked(ids(20))), snap(small), mine).some((a) => a.kind === 'my-rank-moved')).toBe(false);
  });
});

function capture(over: Partial<ItemCapture>): ItemCapture {
  const page = emptyItemPage('taobao', '9', 'https://item.taobao.com/item.htm?id=9', 'dom');
  return {
    ...page,
    itemKey: 'taobao:9',
    capturedAt: 0,
    title: '旧标题',
    priceMin: 50,
    priceMax: 60,
    sales: 10,
    images: ['https://img.alicdn.com/a.jpg'],
    ...over,
  };
}

describe('detectCaptureAlerts and the thresholds', () => {
  it('reports a price rise at exactly the threshold, a new title and a new main image; not a resized copy', () => {
    const alerts = detectCaptureAlerts(
      capture({}),
      capture({ priceMin: 55, title: '新标题', images: ['https://img.alicdn.com/b.jpg'] }),
      context,
    );
    expect(alerts.map((a) => [a.kind, a.from, a.to])).toEqual([
      ['price-rise', 50, 55],
      ['title-changed', '旧标题', '新标题'],
      ['image-changed', 'https://img.alicdn.com/a.jpg', 'https://img.alicdn.com/b.jpg'],
    ]);
    expect(
      detectCaptureAlerts(capture({}), capture({ priceMin: 54.99, images: ['//img.alicdn.com/a.jpg_460x460q90.jpg'] }), context),
    ).toEqual([]);
  });

  it('priceAlertKind and sameImage', () => {
    expect(priceAlertKind(100, 80, 0.2)).toBe('price-drop');
    expect(priceAlertKind(100, 81, 0.2)).toBeNull();
    expect(priceAlertKind(0, 10, 0.1)).toBeNull();
    expect(sameImage('https://g.alicdn.com/x/O1.png_.webp', 'http://g.alicdn.com/x/O1.png')).toBe(true);
    expect(sameImage('https://g.alicdn.com/x/O1.png', 'https://g.alicdn.com/x/O2.png')).toBe(false);
  });
});

describe('buildCompetitorHistory', () => {
  it('joins item captures and organic search appearances in time order, with title and image events', () => {
    const s1 = {
      ...snap(ranked(['A', '9'], { '9': { priceMin: 48, sales: 8, title: '旧标题', imageUrl: 'https://img.alicdn.com/a.jpg' } })),
      capturedAt: 5,
    };
    const s2 = { ...snap([...ranked(['A']), makeSearchItem({ itemId: '9', addedManually: true })]), capturedAt: 15 };
    const history = buildCompetitorHistory(
      '9',
      [capture({ capturedAt: 10 }), capture({ capturedAt: 20, title: '新标题', images: ['https://img.alicdn.com/c.jpg'] })],
      [s1, s2],
    );
    expect(history.points.map((p) => [p.at, p.source, p.price, p.rank])).toEqual([
      [5, 'search', 48, 2],
      [10, 'capture', 50, null],
      [20, 'capture', 50, null],
    ]);
    expect(history.events).toEqual([
      { at: 20, kind: 'title', from: '旧标题', to: '新标题' },
      { at: 20, kind: 'image', from: 'https://img.alicdn.com/a.jpg', to: 'https://img.alicdn.com/c.jpg' },
    ]);
  });
});

describe('my rank against an incomplete earlier capture', () => {
  it('reports my item appearing within the part the earlier capture covered, not beyond it', () => {
    const mine: AlertContext = { ...context, mine: buildMyItems([{ platform: 'taobao', itemId: 'M' }], []) };
    const page1Only = snap(ranked(ids(44)), false);
    const inCovered = ranked([...ids(4), 'M', ...ids(60).slice(4, 59)]);
    expect(detectSnapshotAlerts(page1Only, snap(inCovered), mine).filter((a) => a.kind === 'my-rank-moved')).toMatchObject([
      { itemId: 'M', from: null, to: 5 },
    ]);
    const beyond = ranked([...ids(49), 'M', ...ids(60).slice(49, 59)]);
    expect(detectSnapshotAlerts(page1Only, snap(beyond), mine).filter((a) => a.kind === 'my-rank-moved')).toEqual([]);
  });
});
