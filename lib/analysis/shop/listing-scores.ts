import type { Platform } from '../../model/page';
import type { DemandTerm } from '../keywords/title-demand';
import type { Segmenter } from '../segment';
import { chooseSnapshotForTitle, type BenchmarkCandidate } from '../choose-benchmark';
import { benchmarkOfSnapshot, prepareTitleBenchmark, type TitleBenchmark, type TitleSettings } from '../title-benchmark';

export interface ScorableListing {
  key: string;
  platform: Platform;
  title: string;
  /** The snapshot the user linked; null = choose by the same rule as the 标题 tab. */
  benchmarkSnapshotId: number | null;
}

export interface ListingScore {
  snapshotId: number;
  score: number;
}

/**
 * Bulk title scores of my listings (店铺): each listing against its linked snapshot, else the snapshot the
 * 标题 tab would choose for that title and platform, through the same title analysis. Each snapshot is
 * loaded and prepared once. Listings with no snapshot at all are left out.
 */
export async function scoreListings(
  listings: readonly ScorableListing[],
  headers: readonly BenchmarkCandidate[],
  loadSnapshot: (id: number) => Promise<{ platform: Platform; items: readonly { title: string; sales: number | null }[] } | undefined>,
  segmenter: Segmenter,
  settings: TitleSettings,
  /** The seller's search-term demand per platform (the 标题 tab uses the same); none by default. */
  demandFor: (platform: Platform) => readonly DemandTerm[] = () => [],
): Promise<Map<string, ListingScore>> {
  const prepared = new Map<number, TitleBenchmark | null>();
  const out = new Map<string, ListingScore>();
  for (const listing of listings) {
    const snapshotId = listing.benchmarkSnapshotId ?? chooseSnapshotForTitle(headers, listing.title, listing.platform);
    if (snapshotId === null) continue;
    if (!prepared.has(snapshotId)) {
      const snapshot = await loadSnapshot(snapshotId);
      prepared.set(
        snapshotId,
        snapshot ? prepareTitleBenchmark(benchmarkOfSnapshot(snapshot), segmenter, settings, demandFor(snapshot.platform)) : null,
      );
    }
    const benchmark = prepared.get(snapshotId);
    if (benchmark) out.set(listing.key, { snapshotId, score: benchmark.score(listing.title).score });
  }
  return out;
}
