import { describe, expect, it } from 'vitest';
import { chooseSnapshotForTitle } from '../../../lib/analysis/choose-benchmark';

const snaps = [
  { id: 1, keyword: '卫衣', capturedAt: 100 },
  { id: 2, keyword: '连帽卫衣女', capturedAt: 50 },
  { id: 3, keyword: '保温杯', capturedAt: 300 },
  { id: 4, keyword: '卫衣', capturedAt: 200 },
];

describe('chooseSnapshotForTitle', () => {
  it.each([
    ['2024秋冬连帽卫衣女加绒', 2], // the longest keyword contained whole
    ['加绒卫衣男', 4], // contained whole; the newer of two equal keywords
    ['大容量不锈钢保温水杯', 3], // no whole match: most characters shared (保温杯 → 保, 温, 杯)
    ['', 3], // nothing typed yet: newest
  ])('%j → snapshot %i', (title, id) => {
    expect(chooseSnapshotForTitle(snaps, title)).toBe(id);
  });
  it('no snapshots → null', () => expect(chooseSnapshotForTitle([], 'x')).toBeNull());
  it('Latin letters match in any case: a t恤 title belongs to the T恤男 search', () => {
    // Without folding only 短袖 would be contained whole and win.
    const tees = [...snaps, { id: 5, keyword: 'T恤男', capturedAt: 10 }, { id: 6, keyword: '短袖', capturedAt: 400 }];
    expect(chooseSnapshotForTitle(tees, '夏季t恤男短袖纯棉')).toBe(5);
  });
  it('a keyword with spaces matches a title however it spaces the words', () => {
    const shoes = [
      { id: 7, keyword: 'New Balance 574', capturedAt: 10 },
      { id: 8, keyword: '跑鞋', capturedAt: 400 },
    ];
    expect(chooseSnapshotForTitle(shoes, 'NewBalance574复古跑鞋男')).toBe(7);
    expect(chooseSnapshotForTitle(shoes, 'new balance 574 复古跑鞋男')).toBe(7);
  });
  it('the listing’s own platform comes first', () => {
    const mixed = [
      { id: 1, keyword: '连帽卫衣女', capturedAt: 100, platform: 'taobao' },
      { id: 2, keyword: '连帽卫衣', capturedAt: 50, platform: '1688' },
    ];
    expect(chooseSnapshotForTitle(mixed, '连帽卫衣女加绒')).toBe(1);
    expect(chooseSnapshotForTitle(mixed, '连帽卫衣女加绒', '1688')).toBe(2);
  });
});
