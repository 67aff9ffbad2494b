import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ItemPage } from '../../lib/model/records';
import { parse1688Context, quoteNumericKeys, readContextLiteral } from '../../lib/sites/1688/item';
import { parseItemJson, parseItemPage } from '../../lib/sites/item-parse';
import { resolveJsonRefs } from '../../lib/sites/json-ref';
import { loadFixtureDocument, SAMPLES, SITES } from './load-fixture';

// Real structure, partly placeholder values: detail.1688.com offer 943009939489, window.context of 2026-09-12,
// ids and names replaced by its author (地区占位, 店铺公司占位有限公司), 24 SKUs cut to 6, no productTitle,
// mainPrice or gallery images, buyer model removed (samples/1688/SOURCES.md). The site fixture is a byte copy.
const URL_1688 = 'https://detail.1688.com/offer/943009939489.html';
const PAGE = 'detail.1688.com/offer/943009939489.html';

function ok(result: { ok: true; value: ItemPage } | { ok: false; reason: string; missing: string[] } | null): ItemPage {
  if (!result) throw new Error('not recognised');
  if (!result.ok) throw new Error(`${result.reason}: ${result.missing.join(', ')}`);
  return result.value;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Read by hand from the capture. */
const EXPECTED: ItemPage = {
  platform: '1688',
  itemId: '943009939489',
  url: URL_1688,
  // Root.fields.dataJson.tempModel.offerTitle (no productTitle module in the capture).
  title: '跨境中大型犬边牧拉布拉多柴犬四脚衣冲锋衣防水防风狗狗衣服雨衣',
  // global.globalData.model.tradeModel.minPrice / maxPrice (priceDisplay "20.50-41.50"); the 6 kept SKUs only reach 26.50.
  priceMin: 20.5,
  priceMax: 41.5,
  // SKU-priced offer (priceDisplayType skuPrice): one tier from tradeModel.beginAmount 1.
  priceTiers: [{ minQuantity: 1, price: 20.5 }],
  // tempModel.saledCount 392 (= tradeModel.saleCount).
  sales: 392,
  salesText: null,
  shop: '店铺公司占位有限公司',
  // shippingServices.fields.freightInfo is {"$ref": "$.result.global.globalData.model.detailDescription.freightInfo"}.
  shipFrom: '地区占位',
  // offerDetail.imageList[].fullPathImageURI (the gallery module has no offerImgList).
  images: ['https://cbu01.alicdn.com/img/ibank/PLACEHOLDER-0-cib.jpg'],
  videoCover: null,
  // dataJson.skuModel.skuInfoMap in key order; name = specAttrs with &gt; → ">", price = discountPrice, stock = canBookCount.
  skus: [
    { name: '黄色>XL（背长35cm）', price: 20.5, stock: 494 },
    { name: '黄色>2XL（背长40cm）', price: 23.5, stock: 482 },
    { name: '黑色>3XL（背长45cm）', price: 26.5, stock: 465 },
    { name: '黑色>2XL（背长40cm）', price: 23.5, stock: 492 },
    { name: '黄色>3XL（背长45cm）', price: 26.5, stock: 482 },
    { name: '黑色>XL（背长35cm）', price: 20.5, stock: 491 },
  ],
  attributes: [
    { name: '材质', value: '涤纶' },
    { name: '品牌', value: '无' },
    { name: '产品类别', value: '雨衣' },
    { name: '风格', value: '休闲风' },
  ],
  // deliveryFee TEMPLATED (not 包邮), logisticsText is a placeholder, no shop flags or protection list.
  badges: [],
  repurchaseRate: null,
  description: null,
  source: 'context',
};

describe('1688 offer page, real window.context (2026-09, redacted)', () => {
  const result = parseItemPage(loadFixtureDocument(PAGE, URL_1688), URL_1688);

  it('reads title, price range, tiers, sales, shop, ship-from behind a $ref, images, SKUs and attributes', () => {
    expect(ok(result)).toEqual(EXPECTED);
    expect(result).toMatchObject({ warnings: [] });
  });

  it('never stores buyer fields or their values', () => {
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/buyer/i);
    expect(json).not.toMatch(/买家占位|b2b-placeholder-buyer|1000000000001/);
  });

  it('reads the literal (numeric skuWeight keys) and resolves a pointer whose path runs through another pointer', () => {
    const html = readFileSync(resolve(SITES, PAGE), 'utf8');
    const model = readContextLiteral(html);
    const resolved = resolveJsonRefs(model) as { result: { data: { shippingServices: { fields: Record<string, unknown> } } } };
    const weights = {
      '5846845077736': 0.103,
      '5846845077737': 0.12,
      '5846845077738': 0.133,
      '5846845077720': 0.103,
      '5846845077721': 0.12,
      '5846845077722': 0.133,
      '5846845077799': 0.5,
    };
    expect(resolved.result.data.shippingServices.fields.skuWeight).toEqual(weights);
    expect(resolved.result.data.shippingServices.fields.freightInfo).toMatchObject({
      location: '地区占位',
      deliveryFee: 'TEMPLATED',
      skuWeight: weights,
    });
  });

  it('parseItemJson reads the context model ({result: …}) as source context', () => {
    const model = readContextLiteral(readFileSync(resolve(SITES, PAGE), 'utf8'));
    expect(ok(parseItemJson(model, URL_1688))).toEqual(EXPECTED);
    // Without a web address the offer URL is built from the offer id.
    expect(ok(parseItemJson(model, '943009939489.json')).url).toBe(URL_1688);
  });
});

describe('readContextLiteral: numeric keys are quoted outside strings only', () => {
  it('keeps a title containing ",3:4" and "{10:" intact while quoting real numeric keys', () => {
    const title = '宠物雨衣 比例,3:4 套装{10:装} 尺码,12 :L';
    const script =
      'window.context=(function(b,d){return d})(window.contextPath,{"result":{"data":{"Root":{"fields":{"dataJson":{"tempModel":' +
      `{"offerId":943009939489,"offerTitle":${JSON.stringify(title)},"saledCount":5},` +
      '"skuModel":{"skuInfoMap":{}}}}}},"global":{"globalData":{"model":{"detailDescription":{"freightInfo":' +
      '{"location":"浙江省金华市","skuWeight":{ 5846845077736 :0.1030,\n12:0.5}}},"tradeModel":{"minPrice":"9.90","maxPrice":"12.00"}}}}}});';
    const model = readContextLiteral(script);
    expect(model).toMatchObject({
      result: {
        data: { Root: { fields: { dataJson: { tempModel: { offerTitle: title } } } } },
        global: { globalData: { model: { detailDescription: { freightInfo: { skuWeight: { '5846845077736': 0.103, '12': 0.5 } } } } } },
      },
    });
    const page = ok(parse1688Context(model, URL_1688));
    expect(page).toMatchObject({ title, shipFrom: '浙江省金华市', priceMin: 9.9, priceMax: 12, sales: 5 });
  });

  it('quoteNumericKeys: escaped quotes keep the string state; array numbers and values are left alone', () => {
    expect(quoteNumericKeys('{"a\\"{1:2":"x,3:4",5:[1,2],"n":{6 : 7}}')).toBe('{"a\\"{1:2":"x,3:4","5":[1,2],"n":{"6" : 7}}');
    expect(quoteNumericKeys('{"t":"{10:","w":{10:1}}')).toBe('{"t":"{10:","w":{"10":1}}');
    expect(quoteNumericKeys('[1, 2, {3:4}]')).toBe('[1, 2, {"3":4}]');
    expect(quoteNumericKeys('')).toBe('');
  });
});

describe('parseItemJson: saved __INIT_DATA files and JSON that is not an item page', () => {
  it('reads detail_INIT_DATA_597090034012 (multi-SKU) as __INIT_DATA', () => {
    const json = readJson(resolve(SAMPLES, '1688/detail_INIT_DATA_597090034012_2024-10.json'));
    const page = ok(parseItemJson(json, 'detail_INIT_DATA_597090034012_2024-10.json'));
    expect(page).toMatchObject({
      platform: '1688',
      itemId: '597090034012',
      url: 'https://detail.1688.com/offer/597090034012.html',
      title: '梵贞男士洗面奶补水护肤品套装面霜洁面乳素颜霜男士护肤套盒批发',
      priceMin: 2.3,
      priceMax: 20.52,
      priceTiers: [{ minQuantity: 3, price: 2.3 }],
      sales: 35960,
      shop: '广州欧博化妆品有限公司',
      shipFrom: '广东省肇庆市',
      source: '__INIT_DATA',
    });
    expect(page.skus).toHaveLength(10);
    expect(page.images).toHaveLength(15);
    expect(JSON.stringify(page)).not.toMatch(/buyer|REDACTED/i);
    // The same data as the page that embeds it (whose shell adds a description).
    const url = 'https://detail.1688.com/offer/597090034012.html';
    const fromPage = ok(parseItemPage(loadFixtureDocument('detail.1688.com/offer/597090034012.html', url), url));
    expect(page).toEqual({ ...fromPage, description: null });
  });

  it('reads detail_INIT_DATA_833454967766 (single price) as __INIT_DATA', () => {
    const json = readJson(resolve(SAMPLES, '1688/detail_INIT_DATA_833454967766_2024-10.json'));
    const page = ok(parseItemJson(json, 'https://detail.1688.com/offer/833454967766.html'));
    expect(page).toMatchObject({
      itemId: '833454967766',
      title: '中性2024 BEST GIFT TYPE -C MINI WIRELESS CIGARETTE LIGHTER',
      priceMin: 8.8,
      priceMax: 8.8,
      priceTiers: [{ minQuantity: 100, price: 8.8 }],
      sales: 1000,
      shop: '东莞市兴瑞达光电有限公司',
      shipFrom: '广东省东莞市',
      skus: [],
      source: '__INIT_DATA',
    });
    expect(page.images).toHaveLength(5);
  });

  it('returns null for JSON of another kind', () => {
    expect(parseItemJson(readJson(resolve(SAMPLES, '1688/search_mtop_offer_card_fixtures.json')), 'x.json')).toBeNull();
    expect(parseItemJson(readJson(resolve(SAMPLES, '1688/sycm_portal_core_overview_example.json')), 'x.json')).toBeNull();
    for (const other of [null, 1, 'x', [], {}, { data: {} }, { result: {} }]) expect(parseItemJson(other, '')).toBeNull();
  });
});
