import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleTop60 } from '../../lib/analysis/top60';
import type { SearchPage } from '../../lib/model/records';
import { parse1688Mtop } from '../../lib/sites/1688/search';
import { parseSearchPage } from '../../lib/sites/search-page';
import { parseJsonOrJsonp } from '../../lib/sites/jsonp';
import { loadFixtureDocument, loadFixtureJson, SAMPLES } from './load-fixture';

const GBK = '%C1%AC%C3%B1%CE%C0%D2%C2'; // 连帽卫衣
const P1 = `https://s.1688.com/selloffer/offer_search.htm?keywords=${GBK}&beginPage=1`;
const P2 = `https://s.1688.com/selloffer/offer_search.htm?keywords=${GBK}&beginPage=2`;
const MTOP = 'h5api.m.1688.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index';

function parseOk(file: string, url: string, observed: unknown[] = []): SearchPage {
  const result = parseSearchPage(loadFixtureDocument(file, url), url, observed);
  if (!result.ok) throw new Error(`${result.reason}: ${result.missing.join(', ')}`);
  return result.value;
}

describe('1688 card fixtures from public scraper tests (samples/1688, field names only)', () => {
  const samples = JSON.parse(readFileSync(resolve(SAMPLES, '1688/search_mtop_offer_card_fixtures.json'), 'utf8')) as {
    fixtures: { data?: unknown; raw_jsonp?: string }[];
  };

  it('reads the Go-test card: highlight stripped, 全网10万+件, 11% repurchase, badges, not an ad', () => {
    const [item] = parse1688Mtop({ data: { data: { OFFER: { items: [{ data: samples.fixtures[0]!.data }] } } } })!;
    expect(item).toMatchObject({
      itemId: '927875250705',
      title: '手机壳磁吸',
      priceMin: 7.99,
      sales: 100000,
      salesText: '全网10万+件',
      repurchaseRate: 0.11,
      shop: '佛山市南海区三丰手机配件有限公司',
      shipFrom: '广东 佛山市',
      isAd: false,
      // The scraper test's placeholder image (https://img/a.jpg) is not on the platform image host: dropped.
      imageUrl: null,
      detailUrl: 'https://detail.1688.com/offer/927875250705.html',
    });
    expect(item!.badges).toEqual(expect.arrayContaining(['验厂', '深度验厂']));
    expect(item!.badges).not.toContain('超级工厂');
  });

  it('reads the JSONP card: isP4P "true" is an ad; superFactory badge; tag text trimmed', () => {
    const [item] = parse1688Mtop(parseJsonOrJsonp(samples.fixtures[1]!.raw_jsonp!))!;
    expect(item).toMatchObject({ itemId: '123', title: 'Hat', priceMin: 3.5, sales: 100, isAd: true, adEvidence: ['isP4P'] });
    expect(item!.badges).toEqual(expect.arrayContaining(['超级工厂', '退货包运费']));
  });

  it('reads the Python sample: numeric offerId and bookedCount, 已售10万+件', () => {
    const items = parse1688Mtop(samples.fixtures[2]!.data)!;
    expect(items[0]).toMatchObject({ itemId: '674035283676', priceMin: 16, sales: 100000, shop: '迎庆杯业', isAd: false });
  });

  it('returns null for other shapes', () => {
    expect(parse1688Mtop({ data: { data: { offerList: [] } } })).toBeNull();
    expect(parse1688Mtop(null)).toBeNull();
  });
});

describe('1688 result pages', () => {
  it('current page: observed mtop response, 56 organic on page 1, merged with page 2 to 60', () => {
    const p1 = parseOk('s.1688.com/selloffer/offer_search.htm', P1, [loadFixtureJson(`${MTOP}.json`)]);
    expect(p1).toMatchObject({ source: 'mtop', keyword: '连帽卫衣', page: 1, platform: '1688' });
    expect(p1.items.filter((i) => i.isAd).map((i) => i.position)).toEqual([1, 7, 20, 41]);
    expect(p1.items.every((i) => i.repurchaseRate !== null)).toBe(true);
    const only1 = assembleTop60([p1]);
    expect(only1).toMatchObject({ complete: false, adsExcluded: 4 });
    expect(only1.items).toHaveLength(56);
    const p2 = parseOk('s.1688.com/selloffer/offer_search.htm', P2, [loadFixtureJson(`${MTOP}~p2.json`)]);
    const top = assembleTop60([p1, p2]);
    expect(top.complete).toBe(true);
    expect(new Set(top.items.map((i) => i.itemId)).size).toBe(60);
  });

  it('current page saved before hydration and without responses: clear failure, nothing to save', () => {
    const result = parseSearchPage(loadFixtureDocument('s.1688.com/selloffer/offer_search.htm', P1), P1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing[0]).toContain('OFFER.items');
  });

  it('legacy page: window.data.offerresultData = successDataCheck({…})', () => {
    const page = parseOk('s.1688.com/selloffer/offer_search~legacy.html', P1);
    expect(page.source).toBe('offerresultData');
    expect(page.items).toHaveLength(60);
    const item = page.items[0]!;
    expect(item.repurchaseRate).toBeGreaterThan(0);
    expect(item.badges).toEqual(expect.arrayContaining(['7天无理由', '48小时发货']));
    expect(item.shipFrom).toMatch(/^\S+ \S+$/);
    expect(assembleTop60([page]).complete).toBe(true);
  });

  it('current DOM fallback: cards with ad class and ad-click host', () => {
    const page = parseOk('s.1688.com/selloffer/offer_search~dom.html', P1);
    expect(page.source).toBe('dom');
    expect(page.items).toHaveLength(40);
    expect(page.items.filter((i) => i.isAd).map((i) => i.adEvidence)).toEqual([
      ['ad-card-class', 'ad-click-host'],
      ['ad-card-class', 'ad-click-host'],
    ]);
    const organic = page.items[1]!;
    expect(organic.itemId).toMatch(/^\d+$/);
    expect(organic.priceMin).toBeGreaterThan(11);
    expect(organic.title).toContain('连帽卫衣');
  });
});

describe('1688 search 2025–26 page state (⚠ public readers, no capture): offerV2 and offerV2Showed', () => {
  // The card objects are the public test fixtures of shared/samples (field names as observed live); the
  // two wrappers follow the shapes public readers describe for window.data.
  const cards = (
    JSON.parse(readFileSync(resolve(SAMPLES, '1688/search_mtop_offer_card_fixtures.json'), 'utf8')) as { fixtures: { data?: unknown }[] }
  ).fixtures
    .map((f) => f.data)
    .filter((d): d is Record<string, unknown> => !!d);
  const bid = { ...cards[0]!, offerId: '900000000001', isBid: 'true' };

  it('reads the flat offerV2Showed.offerList and marks isBid offers as ads', () => {
    const items = parse1688Mtop({ offerV2Showed: { offerList: [...cards, bid] } })!;
    expect(items.map((i) => i.itemId)).toContain('927875250705');
    expect(items.find((i) => i.itemId === '927875250705')).toMatchObject({ title: '手机壳磁吸', priceMin: 7.99, isAd: false });
    expect(items.find((i) => i.itemId === '900000000001')).toMatchObject({ isAd: true, adEvidence: ['isBid'] });
  });

  it('reads offerV2.response.data.OFFER.items cells', () => {
    const items = parse1688Mtop({
      offerV2: { response: { data: { OFFER: { items: cards.map((data) => ({ cellType: 'smart_ui_offer', data })) } } } },
    })!;
    expect(items.length).toBe(cards.filter((c) => c.offerId).length);
    expect(items[0]!.shop).toBe('佛山市南海区三丰手机配件有限公司');
  });
});
