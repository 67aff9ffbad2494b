import type { Platform } from '../model/page';
import type { SearchItem } from '../model/records';
import { parsePercent } from '../text/percent';
import { parsePrice } from '../text/price';
import { parseSalesCount } from '../text/sales';
import { stripMarkup } from '../text/strip-markup';
import { fitSearchItem } from './fit-limits';
import { absoluteUrl } from './json-read';

/** Raw card fields as a parser found them; buildSearchItem normalises them into a SearchItem. */
export interface RawCard {
  itemId: string | null;
  title: string | null;
  price: string | number | null;
  priceMax?: string | number | null;
  salesText: string | number | null;
  repurchase?: string | number | null;
  shop: string | null;
  shipFrom: string | null;
  imageUrl: string | null;
  detailUrl: string | null;
  badges: (string | null | undefined)[];
  adEvidence: (string | null | undefined | false)[];
}

/** Normalises one card. Items without an id get `ad:<position>` / `unknown:<position>` so they still count. */
export function buildSearchItem(platform: Platform, position: number, raw: RawCard): SearchItem {
  return fitSearchItem(readCard(platform, position, raw));
}

function readCard(platform: Platform, position: number, raw: RawCard): SearchItem {
  const adEvidence = [...new Set(raw.adEvidence.filter((e): e is string => typeof e === 'string' && e.length > 0))];
  const price = parsePrice(raw.price);
  const max = raw.priceMax !== undefined ? parsePrice(raw.priceMax) : null;
  const sales = parseSalesCount(raw.salesText);
  return {
    platform,
    position,
    itemId: raw.itemId?.trim() || `${adEvidence.length ? 'ad' : 'unknown'}:${position}`,
    title: stripMarkup(raw.title),
    priceMin: price?.min ?? null,
    priceMax: max?.max ?? price?.max ?? null,
    sales,
    salesText: raw.salesText === null ? null : String(raw.salesText).trim() || null,
    repurchaseRate: raw.repurchase === undefined ? null : parsePercent(raw.repurchase),
    shop: raw.shop ? stripMarkup(raw.shop) : null,
    shipFrom: raw.shipFrom ? raw.shipFrom.replace(/\s+/g, ' ').trim() || null : null,
    imageUrl: absoluteUrl(firstImage(raw.imageUrl)),
    detailUrl: absoluteUrl(raw.detailUrl),
    badges: normaliseBadges(raw.badges),
    isAd: adEvidence.length > 0,
    adEvidence,
  };
}

/** 1688 gives several images comma-separated; the first is the main image. */
function firstImage(raw: string | null): string | null {
  if (!raw) return null;
  return raw.split(',')[0]?.trim() || null;
}

function normaliseBadges(raw: (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const b of raw) {
    const text = b ? stripMarkup(b) : '';
    if (text && text.length <= 20 && !out.includes(text)) out.push(text);
  }
  return out;
}
