import type { ItemCapture, SearchSnapshot } from '../../model/records';
import { sameImage } from './detect-alerts';
import { rankedItems } from './summarise-snapshot';

/** One observation of a competitor: from its own item page or from a search result it appeared in. */
export interface CompetitorPoint {
  at: number;
  source: 'capture' | 'search';
  price: number | null;
  sales: number | null;
  /** Organic rank in that search; null for item-page captures. */
  rank: number | null;
  keyword: string | null;
  title: string;
  image: string | null;
}

export interface CompetitorEvent {
  at: number;
  kind: 'title' | 'image';
  from: string;
  to: string;
}

export interface CompetitorHistory {
  points: CompetitorPoint[];
  /** Title and main-image changes between consecutive points, in time order. */
  events: CompetitorEvent[];
}

/**
 * A watched competitor's history from its item captures and from every snapshot it appears in (organic
 * rank only; a competitor added to a snapshot by hand is not a search observation).
 */
export function buildCompetitorHistory(
  itemId: string,
  captures: readonly ItemCapture[],
  snapshots: readonly SearchSnapshot[],
): CompetitorHistory {
  const points: CompetitorPoint[] = captures
    .filter((c) => c.itemId === itemId)
    .map((c) => ({
      at: c.capturedAt,
      source: 'capture',
      price: c.priceMin,
      sales: c.sales,
      rank: null,
      keyword: null,
      title: c.title,
      image: c.images[0] ?? null,
    }));
  for (const snapshot of snapshots) {
    const ranked = rankedItems(snapshot);
    const index = ranked.findIndex((i) => i.itemId === itemId);
    if (index === -1) continue;
    const item = ranked[index]!;
    points.push({
      at: snapshot.capturedAt,
      source: 'search',
      price: item.priceMin,
      sales: item.sales,
      rank: index + 1,
      keyword: snapshot.keyword,
      title: item.title,
      image: item.imageUrl,
    });
  }
  points.sort((a, b) => a.at - b.at);
  const events: CompetitorEvent[] = [];
  let title: string | null = null;
  let image: string | null = null;
  for (const p of points) {
    if (p.title) {
      if (title !== null && p.title !== title) events.push({ at: p.at, kind: 'title', from: title, to: p.title });
      title = p.title;
    }
    if (p.image) {
      if (image !== null && !sameImage(image, p.image)) events.push({ at: p.at, kind: 'image', from: image, to: p.image });
      image = p.image;
    }
  }
  return { points, events };
}
