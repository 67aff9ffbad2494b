import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ItemPage } from '../../lib/model/records';
import { parseItemJson, parseItemPage } from '../../lib/sites/item-parse';
import { parseTaobaoItemDom, readIceResFromDocument } from '../../lib/sites/taobao/item';
import { originalImageUrl, parseTaobaoItemData, parseTaobaoItemResponse, readIceContext } from '../../lib/sites/taobao/item-data';
import { loadFixtureDocument, SAMPLES } from './load-fixture';

// Real capture: detail.tmall.com item 617129397971, saved 2026-09-26 from outside mainland China
// (samples/taobao/SOURCES.md). `item~real.html` is a byte-for-byte copy of the sample page.
const URL_TMALL = 'https://detail.tmall.com/item.htm?id=617129397971';
const PAGE = 'detail.tmall.com/item~real.html';
const ICE_JSON = 'taobao/tmall-item-617129397971-ice-context-2026-09.json';

function readSample(relativePath: string): unknown {
  return JSON.parse(readFileSync(resolve(SAMPLES, relativePath), 'utf8'));
}

function ok(result: { ok: true; value: ItemPage } | { ok: false; reason: string; missing: string[] } | null): ItemPage {
  if (!result) throw new Error('not recognised');
  if (!result.ok) throw new Error(`${result.reason}: ${result.missing.join(', ')}`);
  return result.value;
}

/** Every value below was read by hand from the capture's `__ICE_APP_CONTEXT__` (loaderData.home.data.res). */
const EXPECTED: Omit<ItemPage, 'source'> = {
  platform: 'tmall',
  itemId: '617129397971',
  url: URL_TMALL,
  title: '随行盾(SPORTLINK)适用于苹果手表充电支架applewatch7/9底座S8无线iwatch新款Ultra2手表架Airpods耳机架',
  // SKU prices (sku2info[skuId].price.priceText, 优惠前): 29.9 ×5 and 34.9 ×5; from-price "0" = 29.9 起.
  priceMin: 29.9,
  priceMax: 34.9,
  priceTiers: [],
  // The capture has no item.vagueSellCount and no titleVO.salesDesc.
  sales: null,
  salesText: null,
  shop: 'sportlink旗舰店',
  // pcTrade.pcBuyParams.region (the overseas delivery block says the same: sellerAddressText 广东深圳).
  shipFrom: '广东深圳',
  images: [
    'https://img.alicdn.com/imgextra/i2/2200774957831/O1CN01irDImJ27ieQkxODTg_!!2200774957831.jpg',
    'https://img.alicdn.com/imgextra/i1/2200774957831/O1CN01deIojv27ieO9GL119_!!2200774957831.jpg',
    'https://img.alicdn.com/imgextra/i3/2200774957831/O1CN01PxxpOZ27ieQv2OGz0_!!2200774957831.jpg',
  ],
  videoCover: null,
  // skuBase.skus in order; name from props[颜色分类].values[vid].name (the first carries corner 推荐, not in its name).
  skus: [
    { name: '三合一充电支架（白色）', price: 29.9, stock: 8 },
    { name: '三合一充电支架（黑色）', price: 29.9, stock: 50 },
    { name: '三合一充电支架（粉色）', price: 29.9, stock: 18 },
    { name: '三合一充电支架（蓝色）', price: 29.9, stock: 18 },
    { name: '三合一充电支架（红色）', price: 29.9, stock: 18 },
    { name: '【三合一充电支架】带理线器（黑色）', price: 34.9, stock: 13 },
    { name: '【三合一充电支架】带理线器（白色）', price: 34.9, stock: 16 },
    { name: '【三合一充电支架】带理线器（蓝色）', price: 34.9, stock: 19 },
    { name: '【三合一充电支架】带理线器（粉色）', price: 34.9, stock: 20 },
    { name: '【三合一充电支架】带理线器（红色）', price: 34.9, stock: 20 },
  ],
  attributes: [],
  // 天猫 (platform); 包邮 (who_pay_ship 卖家承担运费); 48小时发货 (agingDesc 承诺48小时内发货); 可开发票 (titleVO.subTitles).
  // The overseas 保障 list (Credit/Debit Card, Kakao Pay, 支持韩元支付) is payment options, not services.
  badges: ['天猫', '包邮', '48小时发货', '可开发票'],
  repurchaseRate: null,
  description: null,
};

describe('Tmall item page, real capture (SSR __ICE_APP_CONTEXT__, 2026-09)', () => {
  const page = ok(parseItemPage(loadFixtureDocument(PAGE, URL_TMALL), URL_TMALL));

  it('reads every field from the ICE context', () => {
    expect(page).toEqual({ ...EXPECTED, source: 'ice' });
  });

  it('keeps SKU names free of the corner tag and image URLs free of size suffixes', () => {
    expect(page.skus.some((s) => s.name.includes('推荐'))).toBe(false);
    expect(page.images.every((u) => u.startsWith('https://') && !/_q\d+|_\d+x\d+|_\.webp/.test(u))).toBe(true);
  });

  it('finds the context literal in the inline script whatever the variable is called', () => {
    const res = readIceResFromDocument(loadFixtureDocument(PAGE, URL_TMALL));
    expect(res).toEqual((readSample(ICE_JSON) as { loaderData: { home: { data: { res: unknown } } } }).loaderData.home.data.res);
    const script =
      'window.__ICE_APP_CONTEXT__ = window.__ICE_APP_CONTEXT__ || {};!(function(){var x = {"a":1};var $y1 = {"loaderData":{"home":{}}};})()';
    expect(readIceContext(script)).toEqual({ loaderData: { home: {} } });
    expect(readIceContext('var b = {"loaderData": oops};')).toBeNull();
  });
});

describe('Tmall item page, the same capture without its data script (DOM fallback)', () => {
  const doc = loadFixtureDocument(PAGE, URL_TMALL);
  for (const script of doc.querySelectorAll('script')) script.remove();

  it('reads title, shown price, shop, ship-from, original images and SKU names from the rendered DOM', () => {
    expect(readIceResFromDocument(doc)).toBeNull();
    const page = ok(parseItemPage(doc, URL_TMALL));
    expect(page).toMatchObject({
      source: 'dom',
      itemId: '617129397971',
      title: EXPECTED.title,
      // The DOM shows only the from-price (￥29.9 in `unit--` + `text--`).
      priceMin: 29.9,
      priceMax: 29.9,
      shop: 'sportlink旗舰店',
      shipFrom: '广东深圳',
      images: EXPECTED.images,
    });
    expect(page.skus.map((s) => s.name)).toEqual(EXPECTED.skus.map((s) => s.name));
    expect(parseTaobaoItemDom(doc, URL_TMALL, 'tmall').ok).toBe(true);
  });
});

describe('Tmall item data from JSON: saved ICE context and the pcdetail response', () => {
  const context = readSample(ICE_JSON) as { loaderData: { home: { data: { res: Record<string, unknown> } } } };
  const res = context.loaderData.home.data.res;

  it('parseItemJson reads the saved __ICE_APP_CONTEXT__ object as source ice', () => {
    expect(ok(parseItemJson(context, URL_TMALL))).toEqual({ ...EXPECTED, source: 'ice' });
    // Without a web address (a file name) the canonical Tmall URL is used; sellerType B says Tmall.
    expect(ok(parseItemJson(context, 'tmall-item-617129397971-ice-context-2026-09.json'))).toEqual({ ...EXPECTED, source: 'ice' });
  });

  // Derived from the real capture: the mtop.taobao.pcdetail.data.get response carries the same `res` as `data`.
  it('parseTaobaoItemResponse reads {data: res} (derived from the capture) as source pcdetail', () => {
    const response = { api: 'mtop.taobao.pcdetail.data.get', v: '1.0', ret: ['SUCCESS::调用成功'], data: res };
    expect(ok(parseTaobaoItemResponse(response, URL_TMALL, 'tmall'))).toEqual({ ...EXPECTED, source: 'pcdetail' });
    expect(ok(parseTaobaoItemResponse({ data: res }, URL_TMALL, 'tmall'))).toEqual({ ...EXPECTED, source: 'pcdetail' });
    expect(ok(parseItemJson({ data: res }, URL_TMALL))).toEqual({ ...EXPECTED, source: 'pcdetail' });
    // As the observer may hand it over: JSONP text.
    const jsonp = `mtopjsonp3(${JSON.stringify(response)})`;
    expect(ok(parseTaobaoItemResponse(jsonp, URL_TMALL, 'tmall'))).toEqual({ ...EXPECTED, source: 'pcdetail' });
  });

  it('parseTaobaoItemResponse is null-safe and reports failed calls', () => {
    for (const bad of [null, undefined, 42, 'x', '{"data":', {}, { data: null }, { data: { item: {} } }]) {
      expect(parseTaobaoItemResponse(bad, URL_TMALL, 'tmall').ok).toBe(false);
    }
    expect(parseTaobaoItemResponse({ ret: ['FAIL_SYS_TOKEN_EXOIRED::令牌过期'], data: {} }, URL_TMALL, 'tmall')).toMatchObject({
      ok: false,
      missing: ['data'],
    });
  });

  // Derived from the capture: priceVO at the top level (as on some pages), no SKUs, discounts present.
  it('without SKUs the from-price is the range; discounted prices (subPrice, extraPrice) are not the listing price', () => {
    const variant = {
      item: res.item,
      seller: res.seller,
      skuBase: { skus: [], props: [] },
      skuCore: { sku2info: {} },
      priceVO: {
        price: { priceText: '29.9', priceMoney: '2990' },
        extraPrice: { priceTitle: '券后', priceText: '25.9' },
      },
      pcTrade: res.pcTrade,
    };
    const page = ok(parseTaobaoItemData(variant, URL_TMALL, 'tmall', 'pcdetail'));
    expect(page).toMatchObject({ priceMin: 29.9, priceMax: 29.9, skus: [], source: 'pcdetail' });
    // Nothing but the trade form's reserve price (一口价 59.00): used, with a warning.
    const reserveOnly = ok(parseTaobaoItemData({ ...variant, priceVO: undefined }, URL_TMALL, 'tmall', 'pcdetail'));
    expect(reserveOnly.priceMin).toBe(59);
    expect(parseTaobaoItemData({ ...variant, priceVO: undefined }, URL_TMALL, 'tmall', 'pcdetail')).toMatchObject({
      warnings: ['页面没有给出售价，价格取自下单参数（一口价）'],
    });
  });

  // Derived from the capture, with fields the capture lacks but public copies of real responses carry.
  it('reads vagueSellCount as the sales text, and prefers the shown deliveryFromAddr as ship-from', () => {
    const variant = {
      ...res,
      item: { ...(res.item as object), vagueSellCount: '3万+' },
      componentsVO: { deliveryVO: { deliveryFromAddr: '浙江 金华', freight: '快递: 免运费' } },
      pcTrade: { pcBuyParams: { region: '广东深圳' } },
    };
    const page = ok(parseTaobaoItemData(variant, URL_TMALL, 'tmall', 'pcdetail'));
    expect(page).toMatchObject({ sales: 30000, salesText: '3万+', shipFrom: '浙江 金华' });
    expect(page.badges).toContain('包邮');
  });

  it('names a multi-prop SKU by all its values', () => {
    const variant = {
      item: { itemId: '1', title: 't' },
      skuBase: {
        props: [
          { pid: '1627207', name: '颜色分类', values: [{ vid: '1', name: '白色', corner: { cornerText: '推荐' } }] },
          { pid: '20509', name: '尺码', values: [{ vid: '2', name: 'L' }] },
        ],
        skus: [{ propPath: '1627207:1;20509:2', skuId: '9' }],
      },
      skuCore: { sku2info: { '9': { price: { priceMoney: '12345' }, quantity: '3' } } },
    };
    expect(ok(parseTaobaoItemData(variant, 'https://item.taobao.com/item.htm?id=1', 'taobao', 'ice')).skus).toEqual([
      { name: '白色 / L', price: 123.45, stock: 3 },
    ]);
  });
});

describe('originalImageUrl', () => {
  it('strips CDN size and format suffixes and makes protocol-relative URLs https', () => {
    expect(originalImageUrl('//img.alicdn.com/imgextra/i2/1/O1CN01x_!!1.jpg_q50.jpg_.webp')).toBe(
      'https://img.alicdn.com/imgextra/i2/1/O1CN01x_!!1.jpg',
    );
    expect(originalImageUrl('https://gw.alicdn.com/bao/uploaded/i2/1/O1CN01y_!!1.jpg_.webp')).toBe(
      'https://gw.alicdn.com/bao/uploaded/i2/1/O1CN01y_!!1.jpg',
    );
    expect(originalImageUrl('//img.alicdn.com/imgextra/i1/hoodie-a.jpg_60x60q50.jpg')).toBe(
      'https://img.alicdn.com/imgextra/i1/hoodie-a.jpg',
    );
    expect(originalImageUrl('//img.alicdn.com/tps/TB1.png_760x760q30.jpg_.webp')).toBe('https://img.alicdn.com/tps/TB1.png');
    expect(originalImageUrl('https://img.alicdn.com/imgextra/i3/1/O1CN01z_!!1.png')).toBe(
      'https://img.alicdn.com/imgextra/i3/1/O1CN01z_!!1.png',
    );
    expect(originalImageUrl('data:image/png;base64,xx')).toBeNull();
    expect(originalImageUrl(null)).toBeNull();
  });
});
