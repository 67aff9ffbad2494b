import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { SearchItem } from '../../lib/model/records';
import { readResultCards } from '../../lib/sites/general/read-result-cards';
import { parseItemPage } from '../../lib/sites/item-parse';
import { parseSearchPage } from '../../lib/sites/search-page';
import { detectPage } from '../../lib/sites/page-type';

// The general reader on result pages in markup none of our selectors match (tests/fixtures/layouts*/README.md).
interface ExpectedCard {
  itemId: string | null;
  title: string;
  priceMin: number;
  priceMax: number;
  sales: number | null;
  shop: string | null;
  shipFrom: string | null;
  repurchaseRate: number | null;
  isAd: boolean;
}
interface Expected {
  url: string;
  cards: ExpectedCard[];
  rail?: { itemId: string }[];
}

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

function loadLayouts(folder: string): { name: string; doc: Document; expected: Expected }[] {
  const dir = resolve(FIXTURES, folder);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^(tb-|al-|\d\d-)/.test(d.name))
    .map((d) => {
      const expected = JSON.parse(readFileSync(resolve(dir, d.name, 'expected.json'), 'utf8')) as Expected;
      const window = new Window({ url: expected.url, settings: { disableJavaScriptEvaluation: true } });
      const doc = new window.DOMParser().parseFromString(
        readFileSync(resolve(dir, d.name, 'page.html'), 'utf8'),
        'text/html',
      ) as unknown as Document;
      return { name: d.name, doc, expected };
    });
}

/** Share of cards on which a field equals the truth. */
function agreement(
  items: readonly SearchItem[],
  cards: readonly ExpectedCard[],
  same: (a: SearchItem, e: ExpectedCard) => boolean,
): number {
  let ok = 0;
  cards.forEach((e, i) => {
    if (items[i] && same(items[i]!, e)) ok++;
  });
  return ok / cards.length;
}

describe.each([...loadLayouts('layouts'), ...loadLayouts('layouts-blind')])('general reader on $name', ({ doc, expected }) => {
  const platform = detectPage(expected.url).platform!;
  const items = readResultCards(doc, expected.url, platform);

  it('finds every main card in order, and no rail item, banner or filter chip', () => {
    expect(items).toHaveLength(expected.cards.length);
    const rail = new Set((expected.rail ?? []).map((r) => r.itemId));
    expect(items.filter((i) => rail.has(i.itemId) && !expected.cards.some((c) => c.itemId === i.itemId))).toEqual([]);
  });

  it('reads ids, prices (never a struck original) and ads on every card', () => {
    expect(agreement(items, expected.cards, (a, e) => (e.itemId === null ? a.itemId.includes(':') : a.itemId === e.itemId))).toBe(1);
    expect(agreement(items, expected.cards, (a, e) => a.priceMin === e.priceMin && a.priceMax === e.priceMax)).toBe(1);
    expect(agreement(items, expected.cards, (a, e) => a.isAd === e.isAd)).toBe(1);
  });

  it('reads titles, sales, shops, ship-from and repurchase', () => {
    expect(agreement(items, expected.cards, (a, e) => a.title === e.title)).toBe(1);
    expect(agreement(items, expected.cards, (a, e) => a.sales === e.sales)).toBe(1);
    expect(agreement(items, expected.cards, (a, e) => a.shop === e.shop)).toBe(1);
    expect(agreement(items, expected.cards, (a, e) => a.shipFrom === e.shipFrom)).toBe(1);
    expect(agreement(items, expected.cards, (a, e) => a.repurchaseRate === e.repurchaseRate)).toBe(1);
  });

  it('the page parses through the general reader as the last source, saying so', () => {
    const result = parseSearchPage(doc, expected.url);
    if (!result.ok) throw new Error(`${result.reason} ${result.missing.join(',')}`);
    expect(result.value.source).toBe('general');
    expect(result.warnings.join(' ')).toMatch(/（通用识别）：商品ID 100%，标题 100%，价格 100%/);
    expect(result.value.items.filter((i) => !i.isAd).length).toBe(expected.cards.filter((c) => !c.isAd && c.itemId).length);
  });
});

interface ExpectedItem {
  url: string;
  itemId: string;
  title: string;
  priceMin: number;
  priceMax: number;
  sales: number | null;
  shop: string;
  shipFrom: string;
  images: string[];
  skus: { name: string; price: number | null }[];
}

describe.each(['item-tb-nvbao', 'item-tmall-baowenbei', 'item-1688-weiyi'])('general reader on the item page %s', (name) => {
  const dir = resolve(FIXTURES, 'layouts', name);
  const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as ExpectedItem;
  const window = new Window({ url: expected.url, settings: { disableJavaScriptEvaluation: true } });
  const doc = new window.DOMParser().parseFromString(readFileSync(resolve(dir, 'page.html'), 'utf8'), 'text/html') as unknown as Document;
  const result = parseItemPage(doc, expected.url);

  it('is read by the general reader when no known structure is there, and says so', () => {
    if (!result.ok) throw new Error(`${result.reason} ${result.missing.join(',')}`);
    expect(result.value.source).toBe('general');
    expect(result.warnings[0]).toContain('通用识别');
  });

  it('reads title, price (not the struck original), sales, shop, ship-from, gallery originals and SKU names without tags', () => {
    if (!result.ok) throw new Error(result.reason);
    expect(result.value).toMatchObject({
      itemId: expected.itemId,
      title: expected.title,
      priceMin: expected.priceMin,
      priceMax: expected.priceMax,
      sales: expected.sales,
      shop: expected.shop,
      shipFrom: expected.shipFrom,
      images: expected.images,
    });
    expect(result.value.skus.map((s) => [s.name, s.price])).toEqual(expected.skus.map((s) => [s.name, s.price]));
  });
});
