import { describe, expect, it } from 'vitest';
import { assembleTop60 } from '../../lib/analysis/top60';
import type { SearchPage } from '../../lib/model/records';
import { parseSearchPage } from '../../lib/sites/search-page';
import { loadFixtureDocument, loadFixtureJson } from './load-fixture';

const KW = '%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';
const P1 = `https://s.taobao.com/search?q=${KW}`;
const P2_LEGACY = `https://s.taobao.com/search?q=${KW}&s=44`;
const P2 = `https://s.taobao.com/search?q=${KW}&page=2`;

function parseOk(file: string, url: string, observed: unknown[] = []): SearchPage {
  const result = parseSearchPage(loadFixtureDocument(file, url), url, observed);
  if (!result.ok) throw new Error(`${result.reason}: ${result.missing.join(', ')}`);
  return result.value;
}

describe('Taobao legacy g_page_config page', () => {
  const page = parseOk('s.taobao.com/search~legacy.html', P1);

  it('reads every auction from the embedded JSON, in page order', () => {
    expect(page.source).toBe('g_page_config');
    expect(page.items).toHaveLength(44);
    expect(page.items.map((i) => i.position)).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    expect(page).toMatchObject({ platform: 'taobao', keyword: '连帽卫衣女', page: 1, sort: null });
  });

  it('marks p4p ads with their evidence', () => {
    const ads = page.items.filter((i) => i.isAd);
    expect(ads.map((a) => a.position)).toEqual([1, 2, 15, 30]);
    expect(ads[0]!.adEvidence).toEqual(['p4p', 'click.simba']);
  });

  it('normalises card fields (highlight stripped, numbers parsed, Tmall and 包邮 badges)', () => {
    const item = page.items[2]!;
    expect(item.title).toContain('连帽卫衣女');
    expect(item.title).not.toMatch(/<|span/);
    expect(item.priceMin).toBeGreaterThan(38);
    expect(item.imageUrl).toMatch(/^https:\/\/g-search1\.alicdn\.com\//);
    expect(item.detailUrl).toMatch(/^https:\/\/(item\.taobao|detail\.tmall)\.com\/item\.htm\?id=\d+$/);
    const tmall = page.items.filter((i) => i.platform === 'tmall');
    expect(tmall.length).toBeGreaterThan(3);
    for (const t of tmall) expect(t.badges).toContain('天猫');
    expect(page.items.some((i) => i.badges.includes('包邮'))).toBe(true);
    const salesKnown = page.items.filter((i) => i.salesText);
    for (const i of salesKnown) expect(i.sales).toBeGreaterThan(0);
    const salesUnknown = page.items.filter((i) => !i.salesText);
    for (const i of salesUnknown) expect(i.sales).toBeNull();
  });

  it('page 2 (s=44) merges with page 1 into a complete, de-duplicated top 60', () => {
    const p2 = parseOk('s.taobao.com/search~legacy-p2.html', P2_LEGACY);
    expect(p2.page).toBe(2);
    const top = assembleTop60([p2, page]);
    expect(top.complete).toBe(true);
    expect(top.items).toHaveLength(60);
    expect(new Set(top.items.map((i) => i.itemId)).size).toBe(60);
    expect(top.items.every((i) => !i.isAd)).toBe(true);
    // 40 organic from page 1, then page 2 in order (its 1st card is an ad, its 6th repeats a page-1 item).
    expect(top.items.slice(0, 40).map((i) => i.itemId)).toEqual(page.items.filter((i) => !i.isAd).map((i) => i.itemId));
    expect(top.adsExcluded).toBe(4 + 2);
    expect(top.pages).toEqual([1, 2]);
  });
});

describe('Taobao current React cards', () => {
  it('reads 2024–2025 cards: split price, lazy image, two-span ship-from, ads by link and label', () => {
    const page = parseOk('s.taobao.com/search.html', P1);
    expect(page.source).toBe('dom');
    expect(page.items).toHaveLength(48);
    const ads = page.items.filter((i) => i.isAd);
    expect(ads.map((a) => a.position)).toEqual([1, 2, 13, 25]);
    expect(ads[0]!.adEvidence).toEqual(['click.simba', 'label:广告']);
    const organic = page.items.find((i) => !i.isAd)!;
    expect(organic.itemId).toMatch(/^\d+$/);
    expect(organic.priceMin).toBe(Number(organic.priceMin!.toFixed(2)));
    expect(organic.imageUrl).toMatch(/^https:\/\/g-search1\.alicdn\.com\/.+\.jpg$/);
    expect(page.items.some((i) => i.shipFrom?.includes(' '))).toBe(true);
    expect(organic.shop).toBeTruthy();
  });

  it('page 1 (44 organic) + page 2 = complete top 60', () => {
    const p1 = parseOk('s.taobao.com/search.html', P1);
    const p2 = parseOk('s.taobao.com/search~p2.html', P2);
    expect(p2.page).toBe(2);
    const only1 = assembleTop60([p1]);
    expect(only1).toMatchObject({ complete: false, adsExcluded: 4 });
    expect(only1.items).toHaveLength(44);
    const both = assembleTop60([p1, p2]);
    expect(both.complete).toBe(true);
    expect(both.items[44]!.itemId).toBe(p2.items.find((i) => !i.isAd)!.itemId);
  });

  it('reads the 2023 Card-- generation', () => {
    const page = parseOk('s.taobao.com/search~cards2023.html', P1);
    expect(page.items).toHaveLength(48);
    expect(page.items.filter((i) => i.isAd).map((i) => i.position)).toEqual([1, 9]);
    const item = page.items[3]!;
    expect(item.title).toContain('连帽卫衣女');
    expect(item.priceMin).not.toBeNull();
    expect(item.shipFrom).toBeTruthy();
    expect(item.shop).toBeTruthy();
  });

  it('a lazy-loaded partial page gives what is there and is not complete', () => {
    const page = parseOk('s.taobao.com/search~partial.html', P1);
    expect(page.items).toHaveLength(12);
    const top = assembleTop60([page]);
    expect(top).toMatchObject({ complete: false, adsExcluded: 2 });
    expect(top.items).toHaveLength(10);
  });

  it('an unknown card layout fails and names the missing fields', () => {
    const result = parseSearchPage(loadFixtureDocument('s.taobao.com/search~unknown-layout.html', P1), P1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing).toEqual(expect.arrayContaining(['title', 'price']));
  });

  it('a malformed page with a cut-off g_page_config fails cleanly', () => {
    const result = parseSearchPage(loadFixtureDocument('s.taobao.com/search~broken.html', P1), P1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('没有找到商品');
  });
});

describe('Taobao observed search response (mtop)', () => {
  it('prefers the observed response over the DOM', () => {
    const json = loadFixtureJson('h5api.m.taobao.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index.json');
    const page = parseOk('s.taobao.com/search~mtop.html', P1, [json]);
    expect(page.source).toBe('mtop');
    expect(page.items).toHaveLength(48);
    expect(page.items.filter((i) => i.isAd).map((i) => i.adEvidence)).toEqual([
      ['p4p', 'click.simba'],
      ['p4p', 'click.simba'],
    ]);
    expect(page.items[1]!.title).not.toContain('<');
  });

  it('ignores responses of another shape', () => {
    const result = parseSearchPage(loadFixtureDocument('s.taobao.com/search.html', P1), P1, [{ data: { somethingElse: [] } }, 'x', null]);
    expect(result.ok && result.value.source).toBe('dom');
  });
});

describe('Tmall list page', () => {
  it('reads .product cards with title attribute, price title and 月成交', () => {
    const url = `https://list.tmall.com/search_product.htm?q=${KW}`;
    const page = parseOk('list.tmall.com/search_product.htm', url);
    expect(page.platform).toBe('tmall');
    expect(page.items).toHaveLength(60);
    expect(page.items.filter((i) => i.isAd).map((i) => i.position)).toEqual([1, 30]);
    const item = page.items[4]!;
    expect(item.title).toContain('连帽卫衣女');
    expect(item.badges).toEqual(['天猫']);
    expect(item.imageUrl).toMatch(/^https:\/\/g-search1/);
    if (item.salesText) expect(item.sales).toBeGreaterThan(0);
  });
});
