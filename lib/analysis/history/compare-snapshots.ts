import type { SearchItem } from '../../model/records';

export interface RankMove {
  itemId: string;
  /** Organic rank (1-based) before and after. */
  from: number;
  to: number;
}

export interface ValueMove {
  itemId: string;
  from: number;
  to: number;
}

export interface TextMove {
  itemId: string;
  from: string;
  to: string;
}

/** What moved between two captures of the same search, by organic rank (ads are never in a snapshot's items). */
export interface SnapshotChanges {
  /** In the newer top 60, not in the older one (newer rank order). */
  entered: string[];
  /** In the older top 60, gone from the newer one (older rank order). */
  left: string[];
  /** In both with a different rank (newer rank order). */
  moved: RankMove[];
  /** Lowest price changed, both known. */
  priceChanged: ValueMove[];
  /** Sales changed, both known. */
  salesChanged: ValueMove[];
  titleChanged: TextMove[];
}

/**
 * Compares two lists of organic items in rank order (rank = index + 1). Items are matched by id; an id
 * twice in one list keeps its first (best) rank. A list that is not the complete top 60 (page 2 never
 * captured) says nothing about the ranks it does not reach: an item beyond its end is neither "left" nor
 * "entered" on its account.
 */
export function compareRankedItems(
  older: readonly SearchItem[],
  newer: readonly SearchItem[],
  complete: { older: boolean; newer: boolean } = { older: true, newer: true },
): SnapshotChanges {
  const before = indexByItem(older);
  const after = indexByItem(newer);
  const changes: SnapshotChanges = { entered: [], left: [], moved: [], priceChanged: [], salesChanged: [], titleChanged: [] };
  for (const [itemId, now] of after) {
    const was = before.get(itemId);
    if (!was) {
      if (complete.older || now.rank <= older.length) changes.entered.push(itemId);
      continue;
    }
    if (was.rank !== now.rank) changes.moved.push({ itemId, from: was.rank, to: now.rank });
    const price = knownChange(was.item.priceMin, now.item.priceMin);
    if (price) changes.priceChanged.push({ itemId, ...price });
    const sales = knownChange(was.item.sales, now.item.sales);
    if (sales) changes.salesChanged.push({ itemId, ...sales });
    if (was.item.title && now.item.title && was.item.title !== now.item.title)
      changes.titleChanged.push({ itemId, from: was.item.title, to: now.item.title });
  }
  for (const [itemId, was] of before) if (!after.has(itemId) && (complete.newer || was.rank <= newer.length)) changes.left.push(itemId);
  return changes;
}

function indexByItem(items: readonly SearchItem[]): Map<string, { rank: number; item: SearchItem }> {
  const index = new Map<string, { rank: number; item: SearchItem }>();
  items.forEach((item, i) => {
    if (!index.has(item.itemId)) index.set(item.itemId, { rank: i + 1, item });
  });
  return index;
}

function knownChange(from: number | null, to: number | null): { from: number; to: number } | null {
  return from !== null && to !== null && from !== to ? { from, to } : null;
}
