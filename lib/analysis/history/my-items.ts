import type { SnapshotSummary } from '../../model/history';
import { itemPlatformOf } from '../../model/item-platform';
import { isMine, type MyItems } from './mine';
import { rankedIdsOf, rankedShopsOf } from './summarise-snapshot';

/** My items' organic ranks in one snapshot, best first. */
export function findMyRanks(summary: SnapshotSummary, mine: MyItems): { itemId: string; rank: number }[] {
  return findMine(summary, rankedIdsOf(summary), mine).map((itemId) => ({ itemId, rank: rankedIdsOf(summary).indexOf(itemId) + 1 }));
}

/** My items among a summary's ranked ids (split once by the caller), in rank order, each once. */
function findMine(summary: SnapshotSummary, ids: readonly string[], mine: MyItems): string[] {
  const shops = mine.shopNames.size ? rankedShopsOf(summary) : [];
  const found: string[] = [];
  ids.forEach((itemId, i) => {
    if (isMine(mine, summary.platform, itemId, shops[i] ?? null) && !found.includes(itemId)) found.push(itemId);
  });
  return found;
}

/** One of my items across a search's snapshots: its rank in each (null = 未进前60), aligned with the summaries. */
export interface MyRankSeries {
  itemId: string;
  ranks: (number | null)[];
}

/**
 * My ranks over a search's timeline (summaries oldest first). Every item of mine seen in any of the snapshots
 * gets a series, plus my own listings of this platform never seen (all null: 未进前60 every time). Items seen
 * come first, best latest rank first, so a chart of the first few shows the ones that rank.
 */
export function trackMyRanks(summaries: readonly SnapshotSummary[], mine: MyItems): MyRankSeries[] {
  const series = new Map<string, (number | null)[]>();
  const platform = summaries[0]?.platform;
  const prefix = platform ? `${itemPlatformOf(platform)}:` : null;
  if (prefix) for (const key of mine.itemKeys) if (key.startsWith(prefix)) series.set(key.slice(prefix.length), []);
  // Each summary's ranks are split once: a thousand captures are read on every change of the trend view.
  const ranked = summaries.map((summary) => {
    const ids = rankedIdsOf(summary);
    for (const itemId of findMine(summary, ids, mine)) if (!series.has(itemId)) series.set(itemId, []);
    return ids;
  });
  for (const [itemId, ranks] of series) {
    for (const ids of ranked) {
      const index = ids.indexOf(itemId);
      ranks.push(index === -1 ? null : index + 1);
    }
  }
  const latest = (ranks: readonly (number | null)[]): number => [...ranks].reverse().find((r) => r !== null) ?? Infinity;
  return [...series].map(([itemId, ranks]) => ({ itemId, ranks })).sort((a, b) => latest(a.ranks) - latest(b.ranks));
}
