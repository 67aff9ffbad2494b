import type { ItemPage } from '../model/records';

/** An ItemPage with everything unknown; parsers fill in what they find. */
export function emptyItemPage(platform: ItemPage['platform'], itemId: string, url: string, source: ItemPage['source']): ItemPage {
  return {
    platform,
    itemId,
    url,
    title: '',
    priceMin: null,
    priceMax: null,
    priceTiers: [],
    sales: null,
    salesText: null,
    shop: null,
    shipFrom: null,
    images: [],
    videoCover: null,
    skus: [],
    attributes: [],
    badges: [],
    repurchaseRate: null,
    description: null,
    source,
  };
}

/** Keeps badges short, unique and in order. */
export function uniqueBadges(list: readonly (string | null | undefined | false)[]): string[] {
  const out: string[] = [];
  for (const b of list) {
    const text = typeof b === 'string' ? b.trim() : '';
    if (text && text.length <= 20 && !out.includes(text)) out.push(text);
  }
  return out;
}

/** Min and max of the known numbers, or nulls. */
export function rangeOf(values: readonly (number | null)[]): { min: number | null; max: number | null } {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length ? { min: Math.min(...known), max: Math.max(...known) } : { min: null, max: null };
}
