// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../lib/model/limits';
import type { SearchItem } from '../../../lib/model/records';
import { buildSearchItem } from '../../../lib/sites/search-item';
import { mergeObserved, parseFromSources, type ItemSource } from '../../../lib/sites/search-sources';
import { readTaobaoSearchPosition } from '../../../lib/sites/taobao/search';

const PAGE_URL = 'https://s.taobao.com/search?q=%E5%8D%AB%E8%A1%A3';
const base = { platform: 'taobao', keyword: '卫衣', sort: null, page: 1, url: PAGE_URL } as const;

function items(ids: readonly string[], price = '59'): SearchItem[] {
  return ids.map((id, i) =>
    buildSearchItem('taobao', i + 1, {
      itemId: id,
      title: `卫衣 ${id}`,
      price,
      salesText: null,
      shop: null,
      shipFrom: null,
      imageUrl: null,
      detailUrl: `https://item.taobao.com/item.htm?id=${id}`,
      badges: [],
      adEvidence: [],
    }),
  );
}

/** A result page whose cards link to these item ids. */
function pageWithCards(ids: readonly string[]): Document {
  const doc = document.implementation.createHTMLDocument('t');
  for (const id of ids) {
    const a = doc.createElement('a');
    a.href = `https://item.taobao.com/item.htm?id=${id}`;
    a.textContent = `卫衣 ${id}`;
    doc.body.append(a);
  }
  return doc;
}

const range = (from: number, n: number): string[] => Array.from({ length: n }, (_, i) => String(from + i));

describe('parseFromSources guards', () => {
  it('keeps the first 400 items of a huge page and says so, instead of refusing it', () => {
    const result = parseFromSources(base, [{ name: 'mtop', lookedAt: 'x', read: () => items(range(1000, 500)) }], 'none');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.items).toHaveLength(LIMITS.searchItems);
    expect(result.warnings[0]).toContain('只保留了前 400 个');
  });

  it('does not use observed items that disagree with the cards on the page (a forged response)', () => {
    const real = range(5000, 48);
    const doc = pageWithCards(real);
    const sources: ItemSource[] = [
      { name: 'mtop', lookedAt: 'observed', read: () => items(range(9000, 60), '0.01'), crossCheck: { doc, pageUrl: PAGE_URL } },
      { name: 'dom', lookedAt: 'cards', read: () => items(real) },
    ];
    const result = parseFromSources(base, sources, 'none');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.source).toBe('dom');
    expect(result.value.items.map((i) => i.itemId)).toEqual(real);
    expect(result.warnings.join()).toContain('对不上');
  });

  it('refuses rather than saves forged items when the page has no other source', () => {
    const doc = pageWithCards(range(5000, 48));
    const result = parseFromSources(
      base,
      [{ name: 'mtop', lookedAt: 'observed', read: () => items(range(9000, 60)), crossCheck: { doc, pageUrl: PAGE_URL } }],
      'none',
    );
    expect(result.ok).toBe(false);
  });

  it('trusts observed items when the page shows fewer cards than the data holds (lazy rendering)', () => {
    const data = range(5000, 60);
    const doc = pageWithCards(data.slice(0, 12));
    const result = parseFromSources(
      base,
      [{ name: 'mtop', lookedAt: 'o', read: () => items(data), crossCheck: { doc, pageUrl: PAGE_URL } }],
      'none',
    );
    expect(result.ok && result.value.items).toHaveLength(60);
  });

  it('trusts observed items when the page has not rendered cards yet', () => {
    const doc = pageWithCards(range(1, 3));
    const result = parseFromSources(
      base,
      [{ name: 'mtop', lookedAt: 'o', read: () => items(range(5000, 60)), crossCheck: { doc, pageUrl: PAGE_URL } }],
      'none',
    );
    expect(result.ok).toBe(true);
  });
});

describe('mergeObserved', () => {
  it('counts a replayed response once and renumbers', () => {
    const page1 = items(range(100, 44));
    const page1Again = items(range(100, 44));
    const more = items(range(200, 4));
    const merged = mergeObserved([page1, page1Again, more])!;
    expect(merged).toHaveLength(48);
    expect(merged.map((i) => i.position)).toEqual(range(1, 48).map(Number));
  });
});

describe('result page position', () => {
  it('bounds page and offset from the address', () => {
    expect(readTaobaoSearchPosition(new URL(`${PAGE_URL}&page=99999999999999999999`)).page).toBe(1);
    expect(readTaobaoSearchPosition(new URL(`${PAGE_URL}&s=88`)).page).toBe(3);
    expect(readTaobaoSearchPosition(new URL(`${PAGE_URL}&s=1e30`)).page).toBe(1);
  });
});
