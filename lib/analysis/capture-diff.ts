import type { CaptureChanges, ItemPage, TextDiffPart } from '../model/records';

/** What changed from one capture of an item to the next: title (character diff), prices, sales, images, SKUs, badges. */
export function diffCaptures(before: ItemPage, after: ItemPage): CaptureChanges {
  const value = (a: number | null, b: number | null): { before: number | null; after: number | null } | null =>
    a === b ? null : { before: a, after: b };
  const beforeSkus = new Map(before.skus.map((s) => [s.name, s.price]));
  const afterSkus = new Map(after.skus.map((s) => [s.name, s.price]));
  const changes: CaptureChanges = {
    changed: false,
    title: before.title === after.title ? null : diffText(before.title, after.title),
    priceMin: value(before.priceMin, after.priceMin),
    priceMax: value(before.priceMax, after.priceMax),
    sales: value(before.sales, after.sales),
    imagesAdded: after.images.filter((u) => !before.images.includes(u)),
    imagesRemoved: before.images.filter((u) => !after.images.includes(u)),
    skusAdded: [...afterSkus.keys()].filter((n) => !beforeSkus.has(n)),
    skusRemoved: [...beforeSkus.keys()].filter((n) => !afterSkus.has(n)),
    skuPrices: [...afterSkus]
      .filter(([n, p]) => beforeSkus.has(n) && beforeSkus.get(n) !== p)
      .map(([name, p]) => ({ name, before: beforeSkus.get(name) ?? null, after: p })),
    badgesAdded: after.badges.filter((b) => !before.badges.includes(b)),
    badgesRemoved: before.badges.filter((b) => !after.badges.includes(b)),
  };
  changes.changed =
    changes.title !== null ||
    changes.priceMin !== null ||
    changes.priceMax !== null ||
    changes.sales !== null ||
    [
      changes.imagesAdded,
      changes.imagesRemoved,
      changes.skusAdded,
      changes.skusRemoved,
      changes.skuPrices,
      changes.badgesAdded,
      changes.badgesRemoved,
    ].some((l) => l.length > 0);
  return changes;
}

/**
 * Character diff of two short texts (titles, ≤ 100 characters): longest common subsequence, then runs
 * of kept, removed and added characters in reading order.
 */
export function diffText(a: string, b: string): TextDiffPart[] {
  const x = [...a];
  const y = [...b];
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () => Array.from({ length: y.length + 1 }, () => 0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: TextDiffPart[] = [];
  const push = (kind: TextDiffPart['kind'], ch: string): void => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += ch;
    else parts.push({ kind, text: ch });
  };
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      push('same', x[i]!);
      i++;
      j++;
    } else if (j < y.length && (i >= x.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push('added', y[j]!);
      j++;
    } else {
      push('removed', x[i]!);
      i++;
    }
  }
  return parts;
}
