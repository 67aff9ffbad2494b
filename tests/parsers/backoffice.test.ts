import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse1688SellerOrders } from '../../lib/sites/1688/orders';
import { parseTaobaoSoldOrders } from '../../lib/sites/taobao/orders';
import { parseImportedTable, readTableFile } from '../support/import-rows';
import { parseOwnListings } from '../../lib/sites/backoffice/listings';
import { parseBackofficePage } from '../../lib/sites/backoffice/parse-backoffice';
import { parseSycmKeywords, parseSycmOverview, readMetric } from '../../lib/sites/backoffice/sycm';
import { parseChinaTime, parseOrderTable } from '../../lib/sites/backoffice/tables';
import { loadFixtureDocument, loadFixtureJson, SAMPLES } from './load-fixture';

const MANAGE = 'https://offer.1688.com/offer/manage.htm?show_type=valid';

describe('own listings (1688 商品管理, synthetic)', () => {
  it('reads every row: id, title, price, stock, status', () => {
    const result = parseOwnListings(loadFixtureDocument('offer.1688.com/offer/manage.htm', MANAGE), '1688');
    expect(result.ok && result.value).toHaveLength(4);
    if (!result.ok) return;
    expect(result.value[0]).toEqual({
      key: '1688:597090034012',
      platform: '1688',
      itemId: '597090034012',
      title: '梵贞男士洗面奶补水护肤品套装',
      price: 2.88,
      stock: 18982,
      status: '出售中',
    });
    expect(result.value[3]).toMatchObject({ stock: 0, status: '已下架' });
  });

  it('an empty list is a valid, empty result with a note', () => {
    const result = parseOwnListings(loadFixtureDocument('offer.1688.com/offer/manage~empty.html', MANAGE), '1688');
    expect(result).toEqual({ ok: true, value: [], warnings: ['列表是空的'] });
  });

  it('a page without any list fails', () => {
    const result = parseOwnListings(loadFixtureDocument('www.taobao.com/index.html', MANAGE), '1688');
    expect(result).toMatchObject({ ok: false, missing: ['item rows'] });
  });
});

describe('生意参谋 JSON', () => {
  it('metric envelope: number, string, {value:{value:string}}, percent strings', () => {
    expect(readMetric({ value: 58516, cycleCrc: { value: '0.01' } })).toBe(58516);
    expect(readMetric({ value: { value: '2802741.24' } })).toBe(2802741.24);
    expect(readMetric('4.1%')).toBeCloseTo(0.041);
    expect(readMetric(null)).toBeNull();
  });

  it('搜索词 rows from the page’s own response (synthetic, documented fields), period from the request', () => {
    const url = 'https://sycm.1688.com/ms/flow/getShopKeyWordWithWeb.json?dateType=month&dateRange=2026-10-01%7C2026-10-31';
    const rows = parseSycmKeywords(loadFixtureJson('sycm.1688.com/ms/flow/getShopKeyWordWithWeb.json'), url, '1688')!;
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      scope: 'term',
      subject: '连帽卫衣女',
      exposure: 12000,
      visitors: 420,
      clicks: 510,
      ctr: 0.0425,
      payingBuyers: 12,
      amount: 3420.5,
      searchIndex: 18500,
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
    });
    expect(rows[0]!.conversion).toBeCloseTo(12 / 420);
    expect(rows[0]!.competingItems).toBe(46250);
  });

  it('核心数据概览 from the documented example in samples (rates are fractions)', () => {
    const sample = JSON.parse(readFileSync(resolve(SAMPLES, '1688/sycm_portal_core_overview_example.json'), 'utf8'));
    const row = parseSycmOverview(sample, 'https://sycm.1688.com/ms/portal/core/overview.json?dateType=recent30', '1688')!;
    expect(row).toMatchObject({ scope: 'shop', amount: 2802741.24, visitors: 58516, periodStart: 'recent30' });
    expect(row.conversion).toBeGreaterThan(0);
    expect(row.conversion).toBeLessThan(1);
  });

  it('an error envelope or another shape is not metrics', () => {
    expect(parseSycmKeywords({ code: 1, data: {} }, 'https://sycm.1688.com/ms/x.json', '1688')).toBeNull();
    expect(parseSycmOverview({ code: 0, data: { something: 1 } }, 'https://sycm.1688.com/ms/x.json', '1688')).toBeNull();
    expect(parseSycmKeywords({ code: 0, data: { recordCount: 0, data: [] } }, 'https://sycm.1688.com/ms/x.json', '1688')).toEqual([]);
  });
});

describe('1688 sold orders (OrderListDataLineService, synthetic, money in fen)', () => {
  const json = loadFixtureJson('h5api.m.1688.com/h5/mtop.1688.trading.dataline.service/1.0/index.json');
  it('parses the JSON-string result, converts fen, keeps masked buyers masked', () => {
    const result = parse1688SellerOrders(json)!;
    expect(result.total).toBe(40);
    expect(result.orders).toHaveLength(40);
    const first = result.orders[0]!;
    expect(first.buyer).toMatch(/^b\*\*\*\d+$/);
    expect(first.amount).toBe(Math.round(first.amount! * 100) / 100);
    expect(first.itemIds.length).toBe(first.itemCount);
    expect(first.itemTitles).toEqual(first.itemIds.map(() => '连帽卫衣'));
    expect(first.province).toMatch(/^(浙江|广东|江苏|上海|福建)$/);
    expect(JSON.stringify(result)).not.toMatch(/138\*\*\*\*|张\*\*/); // receiver phone and name never copied
  });
  it('returns null for other responses and an empty list for an empty page', () => {
    expect(parse1688SellerOrders({ data: { data: { result: 'not json' } } })).toBeNull();
    expect(parse1688SellerOrders({ data: {} })).toBeNull();
    expect(parse1688SellerOrders({ data: { data: { result: JSON.stringify({ data: { data: [], total: 0 } }) } } })).toEqual({
      orders: [],
      total: 0,
    });
  });
  it('China time: 2026-08-12 10:21:33 is 02:21:33 UTC', () => {
    expect(parseChinaTime('2026-08-12 10:21:33')).toBe(Date.UTC(2026, 7, 12, 2, 21, 33));
    expect(parseChinaTime('昨天')).toBeNull();
  });
});

describe('tables and imports', () => {
  it('a 商品效果 CSV export becomes item metrics (percent strings as fractions)', async () => {
    const file = resolve(import.meta.dirname, '../fixtures/imports/商品效果_synthetic.csv');
    const bytes = readFileSync(file);
    const rows = await readTableFile('商品效果.csv', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const result = parseImportedTable(rows, '1688', { periodStart: '2026-10-01', periodEnd: '2026-10-31' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.metrics).toHaveLength(4);
    expect(result.value.metrics[0]).toMatchObject({
      scope: 'item',
      subject: '597090034012',
      exposure: 20000,
      clicks: 1600,
      ctr: 0.08,
      conversion: 0.05,
      amount: 1520.4,
      title: '梵贞男士洗面奶补水护肤品套装',
    });
  });

  it('an order table (Taobao 已卖出的宝贝 layout) becomes orders', () => {
    const rows = [
      ['订单号', '买家', '下单时间', '实收款', '交易状态', '收货地区'],
      ['1234567890', 'tb_user1', '2026-11-01 20:15:00', '¥129.00', '交易成功', '浙江省 杭州市'],
      ['1234567891', 'tb_user2', '2026/11/02 09:00', '58.5', '卖家已发货', '广东 深圳'],
    ];
    const result = parseOrderTable(rows, 'taobao');
    expect(result.ok && result.value.map((o) => [o.orderId, o.buyer, o.amount, o.province])).toEqual([
      ['1234567890', 'tb_user1', 129, '浙江'],
      ['1234567891', 'tb_user2', 58.5, '广东'],
    ]);
  });

  it('a table of another kind is refused naming what is missing', () => {
    const result = parseImportedTable(
      [
        ['日期', '访客数'],
        ['2026-11-01', '10'],
      ],
      '1688',
      { periodStart: '', periodEnd: '' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing).toEqual(expect.arrayContaining(['商品ID / 搜索词', '订单号', '买家']));
  });

  it('refuses old .xls files with advice', async () => {
    await expect(readTableFile('x.xls', new ArrayBuffer(8))).rejects.toThrow('另存为 .xlsx');
  });
});

describe('parseBackofficePage', () => {
  it('dispatches by page kind: listings on the manage page, observed sycm rows on analytics pages', () => {
    const listings = parseBackofficePage(loadFixtureDocument('offer.1688.com/offer/manage.htm', MANAGE), MANAGE, []);
    expect(listings.ok && listings.value.listings.length).toBe(4);
    const analyticsUrl = 'https://sycm.1688.com/ms/flow/keywords.htm';
    const observed = [
      {
        pageUrl: analyticsUrl,
        requestUrl: 'https://sycm.1688.com/ms/flow/getShopKeyWordWithWeb.json?dateRange=2026-10-01%7C2026-10-31',
        json: loadFixtureJson('sycm.1688.com/ms/flow/getShopKeyWordWithWeb.json'),
      },
    ];
    const analytics = parseBackofficePage(loadFixtureDocument('sycm.1688.com/ms/flow/keywords.htm', analyticsUrl), analyticsUrl, observed);
    expect(analytics.ok && analytics.value).toMatchObject({ sources: ['生意参谋 搜索词'] });
    expect(analytics.ok && analytics.value.metrics.length).toBe(5);
  });

  it('an analytics page whose data has not arrived fails clearly', () => {
    const url = 'https://sycm.1688.com/ms/flow/keywords.htm';
    const result = parseBackofficePage(loadFixtureDocument('sycm.1688.com/ms/flow/keywords.htm', url), url, []);
    expect(result).toMatchObject({ ok: false });
  });
});

describe('Taobao 已卖出的宝贝: the page’s own asyncSold.htm list (synthetic, shape from public scrapers)', () => {
  const json = loadFixtureJson('trade.taobao.com/trade/itemlist/asyncSold.htm');

  it('reads every order: id, masked buyer, China time, amount in yuan, status text, pieces, item ids and titles', () => {
    const sold = parseTaobaoSoldOrders(json)!;
    expect(sold.total).toBe(6);
    expect(sold.orders).toHaveLength(6);
    expect(sold.orders[2]).toEqual({
      key: 'taobao:3601003',
      platform: 'taobao',
      orderId: '3601003',
      buyer: 't**1',
      createdAt: parseChinaTime('2026-11-05 09:05:00'),
      paidAt: null,
      status: '卖家已发货',
      amount: 99,
      itemCount: 2,
      itemIds: ['684512345679', '684512345678'],
      province: null,
      itemTitles: ['加绒打底衫', '连帽卫衣女加绒'],
    });
    expect(sold.orders[1]!.itemCount).toBe(2); // one line, quantity 2
  });

  it('is captured from the observed response on the sold-orders page', () => {
    const url = 'https://trade.taobao.com/trade/itemlist/list_sold_items.htm';
    const result = parseBackofficePage(loadFixtureDocument('trade.taobao.com/trade/itemlist/list_sold_items.htm', url), url, [
      { pageUrl: url, requestUrl: 'https://trade.taobao.com/trade/itemlist/asyncSold.htm?event_submit_do_query=1', json },
    ]);
    expect(result.ok && result.value.orders.length).toBe(6);
    expect(result.ok && result.value.sources).toEqual(['已卖出的宝贝']);
  });

  it('returns null for a response that is not an order list', () => {
    expect(parseTaobaoSoldOrders({ data: { itemsArray: [] } })).toBeNull();
  });
});

describe('parseBackofficePage guard', () => {
  it('returns a reason instead of throwing when a reader fails (stack overflow on a crafted page)', () => {
    const hostile = {
      querySelectorAll: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    } as unknown as ParentNode;
    const result = parseBackofficePage(hostile, 'https://sycm.taobao.com/mc/mq/search_analyze', []);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('解析出错') });
  });

  it('survives observed JSON nested 100,000 deep', () => {
    let deep: unknown = { data: { orders: [] } };
    for (let i = 0; i < 100_000; i++) deep = { data: deep, list: [deep] };
    const result = parseBackofficePage(
      { querySelectorAll: () => [] } as unknown as ParentNode,
      'https://work.1688.com/?_path_=sellerPro/2017sellerbase_trade/saleList',
      [{ requestUrl: 'https://h5api.m.1688.com/h5/x/1.0/', json: deep }] as never,
    );
    expect(result.ok).toBe(false);
  });
});
