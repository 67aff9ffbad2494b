import type { SnapshotChanges } from '../analysis/history/compare-snapshots';
import type { SnapshotSummary } from '../model/history';
import type { SearchItem } from '../model/records';
import { chinaDateTime } from '../text/china-date';
import { describeAbsent } from '../text/describe-alert';
import type { Table } from './snapshot-rows';

/** One row per capture of a search: the figures its trend charts plot. Times in China time, numbers as numbers. */
export function timelineTable(
  summaries: readonly SnapshotSummary[],
  myRanks: readonly { itemId: string; ranks: readonly (number | null)[] }[],
): Table {
  const badges = [...new Set(summaries.flatMap((s) => Object.keys(s.badgeShares)))];
  return {
    name: '趋势',
    headers: [
      '采集时间（北京时间）',
      '自然结果数',
      '完整',
      '排除广告',
      '均价',
      '中位价',
      '平均销量',
      '销量中位数',
      '平均标题字符',
      ...badges.map((b) => `标签占比 ${b}`),
      ...myRanks.map((m) => `我的 ${m.itemId} 排名`),
    ],
    rows: summaries.map((s, i) => [
      chinaDateTime(s.capturedAt),
      s.organicCount,
      s.complete ? '是' : '否',
      s.adsExcluded,
      s.priceMean,
      s.priceMedian,
      s.salesMean,
      s.salesMedian,
      s.titleUnitsMean,
      ...badges.map((b) => s.badgeShares[b] ?? 0),
      ...myRanks.map((m) => m.ranks[i] ?? describeAbsent(s)),
    ]),
  };
}

/** What moved between two captures, one row per item and change. */
export function changesTable(changes: SnapshotChanges, older: readonly SearchItem[], newer: readonly SearchItem[]): Table {
  const titleOf = new Map([...older, ...newer].map((i) => [i.itemId, i.title]));
  const rankOf = (list: readonly SearchItem[]): Map<string, number> => new Map(list.map((item, i) => [item.itemId, i + 1]));
  const before = rankOf(older);
  const after = rankOf(newer);
  const row = (change: string, itemId: string, from: string | number | null, to: string | number | null): (string | number | null)[] => [
    change,
    itemId,
    titleOf.get(itemId) ?? '',
    from,
    to,
  ];
  return {
    name: '变化',
    headers: ['变化', '商品ID', '标题', '之前', '之后'],
    rows: [
      ...changes.entered.map((id) => row('新进入前60', id, null, after.get(id) ?? null)),
      ...changes.left.map((id) => row('离开前60', id, before.get(id) ?? null, null)),
      ...changes.moved.map((m) => row('排名变化', m.itemId, m.from, m.to)),
      ...changes.priceChanged.map((m) => row('价格变化', m.itemId, m.from, m.to)),
      ...changes.salesChanged.map((m) => row('销量变化', m.itemId, m.from, m.to)),
      ...changes.titleChanged.map((m) => row('标题修改', m.itemId, m.from, m.to)),
    ],
  };
}
