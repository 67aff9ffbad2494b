import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSearchOverlay } from '../../content/search-overlay';
import { summarise } from '../../lib/analysis/stats';
import { assembleTop60 } from '../../lib/analysis/top60';
import type { SearchPage } from '../../lib/model/records';
import { locateCards } from '../../lib/sites/locate-cards';
import type { ParseResult } from '../../lib/sites/parse-result';
import { parseSearchPage } from '../../lib/sites/search-page';
import { countTitleUnits } from '../../lib/text/title-units';
import { loadFixtureDocument, loadFixtureJson, SITES } from './load-fixture';

// The overlay reads result pages with detail 'overlay' (lib/sites/search-detail.ts); capture reads them in
// full. On every result-page fixture, with and without the observed responses that go with them, both reads
// must pick the same source, agree on every field the overlay uses and draw the same marks and summary.

const KW_UTF8 = '%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';
const KW_GBK = '%C1%AC%C3%B1%CE%C0%D2%C2';
const TAOBAO_MTOP = 'h5api.m.taobao.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index';
const MTOP_1688 = 'h5api.m.1688.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index';

interface Case {
  file: string;
  url: string;
  observed: string[];
}

function pagesIn(dir: string, url: string): Case[] {
  return readdirSync(resolve(SITES, dir)).map((name) => ({ file: `${dir}/${name}`, url, observed: [] }));
}

const TAOBAO = `https://s.taobao.com/search?q=${KW_UTF8}`;
const P1_1688 = `https://s.1688.com/selloffer/offer_search.htm?keywords=${KW_GBK}&beginPage=1`;
const CASES: Case[] = [
  ...pagesIn('s.taobao.com', TAOBAO),
  ...pagesIn('s.1688.com/selloffer', P1_1688),
  ...pagesIn('list.tmall.com', `https://list.tmall.com/search_product.htm?q=${KW_UTF8}`),
  { file: 's.taobao.com/search~mtop.html', url: TAOBAO, observed: [`${TAOBAO_MTOP}.json`] },
  { file: 's.taobao.com/search.html', url: TAOBAO, observed: [`${TAOBAO_MTOP}.json`] },
  // A forged response out-voted by the cards: both reads must fall back to the cards alike.
  { file: 's.taobao.com/search~forged.html', url: TAOBAO, observed: [`${TAOBAO_MTOP}~forged.json`] },
  { file: 's.taobao.com/search~mtop.html', url: TAOBAO, observed: [`${TAOBAO_MTOP}~forged.json`] },
  { file: 's.1688.com/selloffer/offer_search.htm', url: P1_1688, observed: [`${MTOP_1688}.json`] },
  {
    file: 's.1688.com/selloffer/offer_search.htm',
    url: P1_1688.replace('beginPage=1', 'beginPage=2'),
    observed: [`${MTOP_1688}.json`, `${MTOP_1688}~p2.json`],
  },
];

/** What the overlay and its figures use of a parse (content/search-controller.ts, content/search-overlay.ts). */
function overlayView(result: ParseResult<SearchPage>): unknown {
  if (!result.ok) return { ok: false, reason: result.reason, missing: result.missing };
  const page = result.value;
  return {
    ok: true,
    source: page.source,
    page: page.page,
    items: page.items.map((i) => ({
      platform: i.platform,
      position: i.position,
      itemId: i.itemId,
      title: i.title,
      priceMin: i.priceMin,
      sales: i.sales,
      shop: i.shop,
      detailUrl: i.detailUrl,
      isAd: i.isAd,
      adEvidence: i.adEvidence,
    })),
  };
}

/** The overlay drawn on a fresh copy of the page: every mark's kind, text and tooltip, and the summary. */
function drawn(c: Case, detail: 'full' | 'overlay'): string[] {
  const doc = loadFixtureDocument(c.file, c.url);
  const result = parseSearchPage(doc, c.url, c.observed.map(loadFixtureJson), detail);
  if (!result.ok) return [];
  const page = result.value;
  const top = assembleTop60([page]);
  const figures = {
    price: summarise(top.items.map((i) => i.priceMin)),
    sales: summarise(top.items.map((i) => i.sales)),
    titleUnits: summarise(top.items.map((i) => countTitleUnits(i.title))),
  };
  const mine = { itemKeys: new Set([`taobao:${top.items[1]?.itemId}`]), shopNames: new Set<string>() };
  renderSearchOverlay(doc, { page, top, figures, cards: locateCards(doc, page.items), mine });
  return [...doc.querySelectorAll('duibiao-mark, #duibiao-summary-host')].map((host) => {
    const mark = host.shadowRoot?.querySelector('.mark, .box');
    const card = host.parentElement?.getAttribute('href') ?? host.parentElement?.id ?? '';
    return `${host.getAttribute('data-duibiao') ?? 'summary'} ${card} ${mark?.textContent ?? ''} ${mark?.getAttribute('title') ?? ''}`;
  });
}

describe.each(CASES)('overlay read of $file ($observed)', (c) => {
  const read = (detail: 'full' | 'overlay'): ParseResult<SearchPage> =>
    parseSearchPage(loadFixtureDocument(c.file, c.url), c.url, c.observed.map(loadFixtureJson), detail);

  it('agrees with the full read on everything the overlay uses', () => {
    expect(overlayView(read('overlay'))).toEqual(overlayView(read('full')));
  });

  it('draws the same marks and summary as the full read', () => {
    const marks = drawn(c, 'full');
    expect(drawn(c, 'overlay')).toEqual(marks);
  });
});

describe('overlay read', () => {
  it('covers result pages with items from cards and from observed responses on both platforms', () => {
    const sources = CASES.map((c) => parseSearchPage(loadFixtureDocument(c.file, c.url), c.url, c.observed.map(loadFixtureJson), 'overlay'))
      .filter((r) => r.ok)
      .map((r) => `${r.value.platform}:${r.value.source}`);
    expect(sources).toEqual(expect.arrayContaining(['taobao:dom', 'taobao:mtop', '1688:mtop', '1688:dom', 'tmall:dom']));
  });

  it('leaves out what the overlay does not show, and the full read keeps it', () => {
    const c = { file: 's.1688.com/selloffer/offer_search.htm', url: P1_1688, observed: [loadFixtureJson(`${MTOP_1688}.json`)] };
    const full = parseSearchPage(loadFixtureDocument(c.file, c.url), c.url, c.observed);
    const light = parseSearchPage(loadFixtureDocument(c.file, c.url), c.url, c.observed, 'overlay');
    if (!full.ok || !light.ok) throw new Error('fixture did not parse');
    expect(full.value.items.some((i) => i.imageUrl && i.shipFrom && i.badges.length)).toBe(true);
    for (const item of light.value.items) expect(item).toMatchObject({ imageUrl: null, shipFrom: null, badges: [], repurchaseRate: null });
    const taobao = parseSearchPage(loadFixtureDocument('s.taobao.com/search.html', TAOBAO), TAOBAO, [], 'overlay');
    if (!taobao.ok) throw new Error('fixture did not parse');
    for (const item of taobao.value.items) expect(item).toMatchObject({ imageUrl: null, shipFrom: null, badges: [] });
  });
});
