export interface SnapshotHeader {
  id: number;
  keyword: string;
  capturedAt: number;
}

/**
 * The benchmark snapshot a title most likely belongs to: a keyword contained whole in the title wins
 * (the longest such keyword), else the one sharing the largest part of its characters with the title;
 * ties go to the newest. An empty title gets the newest snapshot.
 */
export function chooseSnapshotForTitle(snapshots: readonly SnapshotHeader[], title: string): number | null {
  let best: { id: number; score: number; at: number } | null = null;
  for (const s of snapshots) {
    const score = matchScore(s.keyword, title);
    if (!best || score > best.score || (score === best.score && s.capturedAt > best.at)) best = { id: s.id, score, at: s.capturedAt };
  }
  return best?.id ?? null;
}

function matchScore(keyword: string, title: string): number {
  const k = keyword.replace(/\s+/g, '');
  if (!k || !title) return 0;
  if (title.includes(k)) return 1000 + k.length;
  const chars = [...k];
  return chars.filter((c) => title.includes(c)).length / chars.length;
}
