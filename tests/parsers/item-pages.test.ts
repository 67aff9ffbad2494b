import { describe, expect, it } from 'vitest';
import type { ItemPage } from '../../lib/model/records';
import { readContextLiteral } from '../../lib/sites/1688/item';
import { parseItemPage } from '../../lib/sites/item-parse';
import { loadFixtureDocument } from './load-fixture';

function parseOk(file: string, url: string): ItemPage {
  const result = parseItemPage(loadFixtureDocument(file, url), url);
  if (!result.ok) throw new Error(`${result.reason}: ${result.missing.join(', ')}`);
  return result.value;
}

describe('1688 detail: real window.__INIT_DATA (offer 597090034012, multi-SKU)', () => {
  const url = 'https://detail.1688.com/offer/597090034012.html';
  const page = parseOk('detail.1688.com/offer/597090034012.html', url);

  it('reads title, exact sales, company, ship-from', () => {
    expect(page).toMatchObject({
      platform: '1688',
      itemId: '597090034012',
      title: '梵贞男士洗面奶补水护肤品套装面霜洁面乳素颜霜男士护肤套盒批发',
      sales: 35960,
      salesText: '一年内3.5万+',
      shop: '广州欧博化妆品有限公司',
      shipFrom: '广东省肇庆市',
      source: '__INIT_DATA',
    });
  });

  it('reads SKUs with their current prices and stock, and the price range from them', () => {
    expect(page.skus.length).toBeGreaterThan(5);
    expect(page.skus.find((s) => s.name === '精华乳（新）120ml')).toEqual({ name: '精华乳（新）120ml', price: 4.3, stock: 1195 });
    expect(page.priceMin).toBe(Math.min(...page.skus.map((s) => s.price!)));
    expect(page.priceMax).toBe(Math.max(...page.skus.map((s) => s.price!)));
    // SKU-priced offer: one tier from the starting quantity (起批 3).
    expect(page.priceTiers).toEqual([{ minQuantity: 3, price: page.priceMin }]);
  });

  it('reads images, video cover, attributes and service badges', () => {
    expect(page.images[0]).toBe('https://cbu01.alicdn.com/img/ibank/O1CN01az7MZu1wKPcYfQCSE_!!2926666289-0-cib.jpg');
    expect(page.images.length).toBeGreaterThan(4);
    expect(page.videoCover).toMatch(/^https:\/\/img\.alicdn\.com\/.+tbvideo\.jpg$/);
    expect(page.attributes).toContainEqual({ name: '品牌', value: '梵贞' });
    expect(page.badges).toEqual(
      expect.arrayContaining(['48小时发货', '7天无理由', '实力商家', '退货包运费', '极速发货', '镇店之宝', '一件代发']),
    );
    expect(page.badges).not.toContain('包邮');
  });

  it('extracts the description as text only (no markup, no script)', () => {
    expect(page.description).toContain('洁面乳温和清洁');
    expect(page.description).not.toMatch(/<|descriptionScriptRan/);
  });

  it('never carries buyer identity fields or the redaction marks from the page data', () => {
    const json = JSON.stringify(page);
    expect(json).not.toMatch(/buyer(UserId|LoginId|MemberId)|REDACTED|sellerUserId|_m_h5_tk|cookie/i);
  });
});

describe('1688 detail: real window.__INIT_DATA (offer 833454967766, single price)', () => {
  const page = parseOk('detail.1688.com/offer/833454967766.html', 'https://detail.1688.com/offer/833454967766.html');
  it('reads the quantity tier, free delivery and no SKUs', () => {
    expect(page).toMatchObject({
      itemId: '833454967766',
      priceMin: 8.8,
      priceMax: 8.8,
      sales: 1000,
      shop: '东莞市兴瑞达光电有限公司',
      skus: [],
    });
    expect(page.priceTiers).toEqual([{ minQuantity: 100, price: 8.8 }]);
    expect(page.badges).toContain('包邮');
    expect(page.title).toBe('中性2024 BEST GIFT TYPE -C MINI WIRELESS CIGARETTE LIGHTER');
  });
});

describe('1688 detail: window.context (synthetic, unquoted numeric keys)', () => {
  it('quotes numeric keys before JSON.parse', () => {
    expect(readContextLiteral('window.context=(function(b,c){})(window.contextPath, {"a":{1:2, 34 :{5:6}}});')).toEqual({
      a: { '1': 2, '34': { '5': 6 } },
    });
    expect(readContextLiteral('window.context = 1;')).toBeNull();
  });

  it('reads tiers, SKUs, shop repurchase and badges from the context model', () => {
    const page = parseOk('detail.1688.com/offer/710000000001.html', 'https://detail.1688.com/offer/710000000001.html');
    expect(page).toMatchObject({
      itemId: '710000000001',
      source: 'context',
      priceMin: 12.5,
      priceMax: 16,
      sales: 12873,
      shipFrom: '浙江省金华市',
      repurchaseRate: 0.32,
      videoCover: 'https://img.alicdn.com/cup-video.jpg',
    });
    expect(page.priceTiers).toEqual([
      { minQuantity: 2, price: 16 },
      { minQuantity: 100, price: 13.8 },
      { minQuantity: 1000, price: 12.5 },
    ]);
    expect(page.skus).toEqual([
      { name: '黑色>750ml', price: 16, stock: 5000 },
      { name: '白色>750ml', price: 16, stock: 3200 },
    ]);
    expect(page.attributes).toContainEqual({ name: '材质', value: '304不锈钢' });
    expect(page.badges).toEqual(expect.arrayContaining(['实力商家', '7天无理由退货', '48小时发货', '严选']));
  });
});

describe('1688 detail: DOM fallback and broken pages', () => {
  it('reads a page saved without data from its DOM', () => {
    const page = parseOk('detail.1688.com/offer/720000000001.html', 'https://detail.1688.com/offer/720000000001.html');
    expect(page).toMatchObject({
      source: 'dom',
      title: '纯棉连帽卫衣批发 厂家直销',
      priceMin: 25,
      priceMax: 32,
      shop: '广州示例服饰有限公司',
    });
    expect(page.images).toEqual(['https://cbu01.alicdn.com/img/ibank/hoodie-1.jpg', 'https://cbu01.alicdn.com/img/ibank/hoodie-2.jpg']);
  });

  it('a broken page fails and names what is missing', () => {
    const url = 'https://detail.1688.com/offer/730000000001.html';
    const result = parseItemPage(loadFixtureDocument('detail.1688.com/offer/730000000001.html', url), url);
    expect(result).toMatchObject({ ok: false, missing: ['title'] });
  });

  it('refuses pages that are not item pages', () => {
    expect(parseItemPage(loadFixtureDocument('www.taobao.com/index.html', 'https://www.taobao.com/'), 'https://www.taobao.com/').ok).toBe(
      false,
    );
  });
});

describe('Taobao / Tmall item pages (synthetic, logical class names)', () => {
  it('Tmall: title, price range, sales, shop, images at full size, SKUs, attributes, badges, description', () => {
    const page = parseOk('detail.tmall.com/item.htm', 'https://detail.tmall.com/item.htm?id=612345678901');
    expect(page).toMatchObject({
      platform: 'tmall',
      itemId: '612345678901',
      title: '示例品牌连帽卫衣女2024秋冬加绒宽松外套',
      priceMin: 159,
      priceMax: 199,
      sales: 2000,
      shop: '示例服饰旗舰店',
      shipFrom: '浙江杭州',
    });
    expect(page.images).toEqual(['https://img.alicdn.com/imgextra/i1/hoodie-a.jpg', 'https://img.alicdn.com/imgextra/i2/hoodie-b.jpg']);
    expect(page.skus.map((s) => s.name)).toEqual(['黑色 M', '灰色 L']);
    expect(page.attributes).toContainEqual({ name: '面料', value: '纯棉' });
    expect(page.badges).toEqual(['天猫', '7天无理由退货', '退货宝']);
    expect(page.description).toContain('加绒保暖');
  });

  it('Taobao: the same parser with platform taobao', () => {
    const page = parseOk('item.taobao.com/item.htm', 'https://item.taobao.com/item.htm?id=684512345678');
    expect(page).toMatchObject({ platform: 'taobao', priceMin: 89.9, title: '冬季连帽卫衣女加厚宽松学生外套' });
    expect(page.badges).not.toContain('天猫');
  });
});
