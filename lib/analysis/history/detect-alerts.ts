import type { AlertDraft, AlertKind } from '../../model/history';
import { itemIdentityOf } from '../../model/item-platform';
import type { ItemPage, SearchItem, SearchSnapshot } from '../../model/records';
import { compareRankedItems } from './compare-snapshots';
import { isMine, type MyItems } from './mine';
import { rankedItems } from './summarise-snapshot';

/** Places in the top 60 that count as "the top 10". */
export const TOP_PLACES = 10;
/** A rank of mine moving by at least this many places is reported. */
export const MY_RANK_ALERT_PLACES = 5;

export interface AlertContext {
  mine: MyItems;
  /** Item identities (itemIdentityOf) of competitors the user watches (captured item pages). */
  watchedKeys: ReadonlySet<string>;
  /** A price change of at least this share is reported (设置, default 0.1). */
  priceAlertShare: number;
}

/**
 * What changed in a search since its previous snapshot that the user should hear about: items entering or
 * leaving the top 10; my items moving 5 places or more (or entering or leaving the top 60); and, for my items
 * and watched competitors, price changes beyond the threshold, new titles and new main images. Changes of the
 * other 50-odd items stay in 趋势 (they would drown the list).
 */
export function detectSnapshotAlerts(previous: SearchSnapshot, next: SearchSnapshot, context: AlertContext): AlertDraft[] {
  const before = rankedItems(previous);
  const after = rankedItems(next);
  const changes = compareRankedItems(before, after);
  const oldRank = new Map(before.map((item, i) => [item.itemId, i + 1]));
  const newRank = new Map(after.map((item, i) => [item.itemId, i + 1]));
  const byId = new Map([...before, ...after].map((item) => [item.itemId, item]));
  const alerts: AlertDraft[] = [];
  const mineOf = (item: SearchItem): boolean => isMine(context.mine, next.platform, item.itemId, item.shop);
  const push = (kind: AlertKind, item: SearchItem, from: AlertDraft['from'], to: AlertDraft['to']): void => {
    alerts.push({
      kind,
      platform: next.platform,
      itemId: item.itemId,
      title: item.title,
      keyword: next.keyword,
      from,
      to,
      mine: mineOf(item),
    });
  };

  for (const item of after.slice(0, TOP_PLACES)) {
    const was = oldRank.get(item.itemId) ?? null;
    if (was === null || was > TOP_PLACES) push('entered-top10', item, was, newRank.get(item.itemId)!);
  }
  for (const item of before.slice(0, TOP_PLACES)) {
    const now = newRank.get(item.itemId) ?? null;
    if (now === null || now > TOP_PLACES) push('left-top10', byId.get(item.itemId)!, oldRank.get(item.itemId)!, now);
  }
  for (const [itemId, item] of byId) {
    if (!mineOf(item)) continue;
    const from = oldRank.get(itemId) ?? null;
    const to = newRank.get(itemId) ?? null;
    // Absent from a capture that lacks its page 2 says only "not in the part that was captured": a rank in the
    // other capture beyond that part tells nothing, and a fall out of the captured part waits for page 2 (its
    // merge records the entry again with the real rank).
    if ((from === null && !previous.complete && to! > before.length) || (to === null && !next.complete)) continue;
    const moved = from === null || to === null ? from !== to : Math.abs(from - to) >= MY_RANK_ALERT_PLACES;
    if (moved) push('my-rank-moved', item, from, to);
  }

  const followed = (itemId: string): boolean =>
    mineOf(byId.get(itemId)!) || context.watchedKeys.has(itemIdentityOf(byId.get(itemId)!.platform, itemId));
  for (const move of changes.priceChanged) {
    if (!followed(move.itemId)) continue;
    const kind = priceAlertKind(move.from, move.to, context.priceAlertShare);
    if (kind) push(kind, byId.get(move.itemId)!, move.from, move.to);
  }
  for (const move of changes.titleChanged) if (followed(move.itemId)) push('title-changed', byId.get(move.itemId)!, move.from, move.to);
  const oldImage = new Map(before.map((item) => [item.itemId, item.imageUrl]));
  for (const item of after) {
    const was = oldImage.get(item.itemId);
    if (was && item.imageUrl && !sameImage(was, item.imageUrl) && followed(item.itemId)) push('image-changed', item, was, item.imageUrl);
  }
  return alerts;
}

/** What changed on a competitor's item page since its previous capture: price beyond the threshold, title, main image. */
export function detectCaptureAlerts(previous: ItemPage, next: ItemPage, context: AlertContext): AlertDraft[] {
  const base = {
    platform: next.platform,
    itemId: next.itemId,
    title: next.title,
    keyword: null,
    mine: isMine(context.mine, next.platform, next.itemId, next.shop),
  };
  const alerts: AlertDraft[] = [];
  if (previous.priceMin !== null && next.priceMin !== null) {
    const kind = priceAlertKind(previous.priceMin, next.priceMin, context.priceAlertShare);
    if (kind) alerts.push({ ...base, kind, from: previous.priceMin, to: next.priceMin });
  }
  if (previous.title && next.title && previous.title !== next.title)
    alerts.push({ ...base, kind: 'title-changed', from: previous.title, to: next.title });
  const [was, now] = [previous.images[0], next.images[0]];
  if (was && now && !sameImage(was, now)) alerts.push({ ...base, kind: 'image-changed', from: was, to: now });
  return alerts;
}

/** Rise or drop when the change is at least `share` of the old price (10% of ¥50 = ¥5). */
export function priceAlertKind(from: number, to: number, share: number): 'price-drop' | 'price-rise' | null {
  if (from <= 0 || Math.abs(to - from) < from * share - 1e-9) return null;
  return to < from ? 'price-drop' : 'price-rise';
}

/**
 * The same picture under another size suffix or protocol is not a new main image
 * (…/O1CN01x.jpg_460x460q90.jpg and https://…/O1CN01x.jpg).
 */
export function sameImage(a: string, b: string): boolean {
  return imageIdentity(a) === imageIdentity(b);
}

function imageIdentity(url: string): string {
  return url
    .replace(/^(https?:)?\/\//, '')
    .replace(/(\.(?:jpe?g|png|webp|gif))_[^/]*$/i, '$1')
    .toLowerCase();
}
