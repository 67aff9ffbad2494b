import { foldLatin } from '../text/fold-latin';
export interface BenchmarkCandidate {
  id: number;
  keyword: string;
  capturedAt: number;
  platform?: string;
}

/**
 * The benchmark snapshot a title most likely belongs to: a keyword contained whole in the title wins
 * (the longest such keyword), else the one sharing the largest part of its characters with the title;
 * ties go to the newest. An empty title gets the newest snapshot. When the listing's platform is known,
 * snapshots of that platform come first (a 1688 listing competes with 1688 offers).
 */
export function chooseSnapshotForTitle(snapshots: readonly BenchmarkCandidate[], title: string, platform?: string | null): number | null {
  let best: { id: number; score: number; at: number } | null = null;
  for (const s of snapshots) {
    const score = matchScore(s.keyword, title) + (platform && s.platform === platform ? 10_000 : 0);
    if (!best || score > best.score || (score === best.score && s.capturedAt > best.at)) best = { id: s.id, score, at: s.capturedAt };
  }
  return best?.id ?? null;
}

function matchScore(keyword: string, title: string): number {
  // Latin letters in any case: a t恤 title belongs to the T恤 search.
  // Spaces aside: a title may write New Balance 574 as NewBalance574 or with its spaces.
  const k = foldLatin(keyword.replace(/\s+/g, ''));
  const t = foldLatin(title.replace(/\s+/g, ''));
  if (!k || !t) return 0;
  if (t.includes(k)) return 1000 + k.length;
  const chars = [...k];
  return chars.filter((c) => t.includes(c)).length / chars.length;
}
