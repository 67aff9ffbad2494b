import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../cli/analyze-file';
import { parseBackofficePage } from '../../../lib/sites/backoffice/parse-backoffice';
import { buildPageReport, readReportObserved, sanitiseJson } from '../../../lib/sites/page-report';
import { parseSearchPage } from '../../../lib/sites/search-page';

const SITES = resolve(import.meta.dirname, '../../fixtures/sites');
const load = (path: string, url: string): Document =>
  new new Window({ url, settings: { disableJavaScriptEvaluation: true } }).DOMParser().parseFromString(
    readFileSync(resolve(SITES, path), 'utf8'),
    'text/html',
  ) as unknown as Document;
const json = (path: string): unknown => JSON.parse(readFileSync(resolve(SITES, path), 'utf8'));

const ORDERS_URL = 'https://work.1688.com/?_path_=sellerPro/2017sellerbase_trade/saleList';
const ORDERS_API = 'https://h5api.m.1688.com/h5/mtop.1688.trading.dataline.service/1.0/?sign=abc123&t=1';

describe('保存页面用于反馈', () => {
  // An order page with buyer fields everywhere: inline JSON, the page text, and the observed order list.
  const doc = load('work.1688.com/index~orders.html', ORDERS_URL);
  const script = doc.createElement('script');
  script.textContent =
    'window.__INIT_DATA = {"offerBaseInfo":{"buyerUserId":"2200001","buyerLoginId":"tb_buyer_007","buyerMemberId":"b2b-22"},"_tb_token_":"s3cr3t"};';
  doc.head.append(script);
  const note = doc.createElement('p');
  note.textContent = '收货人电话 13812345678，座机 021-66668888';
  doc.body.append(note);
  const observed = [
    { pageUrl: ORDERS_URL, requestUrl: ORDERS_API, json: json('h5api.m.1688.com/h5/mtop.1688.trading.dataline.service/1.0/index.json') },
  ];
  const html = buildPageReport({ doc, url: ORDERS_URL, observed, outcome: '无法采集：测试', now: new Date('2026-11-25T10:00:00Z') });

  it('carries no buyer identity, phone number, address, token or request signature', () => {
    for (const secret of [
      'tb_buyer_007',
      '2200001',
      'b2b-22',
      's3cr3t',
      '13812345678',
      '021-66668888',
      'abc123',
      '西湖区',
      '张**',
      '138****0000',
    ]) {
      expect(html, secret).not.toContain(secret);
    }
    // The fixture's buyers (masked login ids like b***4) are all replaced by pseudonyms.
    const result = (observed[0]!.json as { data: { data: { result: string } } }).data.data.result;
    const buyers = new Set(
      (JSON.parse(result) as { data: { data: { buyerInfo: { loginId: string } }[] } }).data.data.map((o) => o.buyerInfo.loginId),
    );
    expect(buyers.size).toBeGreaterThan(3);
    for (const buyer of buyers) expect(html).not.toContain(buyer);
  });

  it('replays to the same orders: same count, same grouping by buyer, provinces kept', () => {
    const page = load('work.1688.com/index~orders.html', ORDERS_URL);
    const before = parseBackofficePage(page, ORDERS_URL, observed);
    const saved = new new Window({ url: ORDERS_URL }).DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const replayed = readReportObserved(saved);
    expect(replayed).toHaveLength(1);
    const after = parseBackofficePage(
      saved,
      ORDERS_URL,
      replayed.map((r) => ({ ...r, pageUrl: ORDERS_URL })),
    );
    if (!before.ok || !after.ok) throw new Error('orders not parsed');
    expect(after.value.orders).toHaveLength(before.value.orders.length);
    expect(new Set(after.value.orders.map((o) => o.buyer)).size).toBe(new Set(before.value.orders.map((o) => o.buyer)).size);
    expect(after.value.orders.map((o) => [o.orderId, o.amount, o.province, o.status])).toEqual(
      before.value.orders.map((o) => [o.orderId, o.amount, o.province, o.status]),
    );
    expect(after.value.orders.every((o) => /^买家\d+$/.test(o.buyer))).toBe(true);
  });

  it('a search page with its observed response comes back through the CLI with the same items', async () => {
    const url = 'https://s.taobao.com/search?q=%E5%8D%AB%E8%A1%A3&dbfx=mtop';
    const search = load('s.taobao.com/search~mtop.html', url);
    const response = json('h5api.m.taobao.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index.json');
    const direct = parseSearchPage(search, url, [response]);
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const file = join(dir, 'report.html');
    writeFileSync(
      file,
      buildPageReport({
        doc: search,
        url,
        observed: [
          {
            pageUrl: url,
            requestUrl: 'https://h5api.m.taobao.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/',
            json: response,
          },
        ],
        outcome: 'ok',
        now: new Date(),
      }),
    );
    const report = await analyzeFile(file, null);
    expect(report.url).toBe(url);
    expect(report.replayedResponses).toBe(1);
    if (!direct.ok) throw new Error(direct.reason);
    expect(report.items).toEqual(direct.value.items);
  });

  it('keeps what parsers read: a shop nick, seller ids, the ship-from address field', () => {
    const cleaned = sanitiseJson({
      nick: '某旗舰店',
      sellerUserId: '88',
      deliveryFromAddr: '广东深圳',
      buyer: { nick: 'x**y', phone: '13900001111' },
    });
    expect(cleaned).toEqual({
      nick: '某旗舰店',
      sellerUserId: '88',
      deliveryFromAddr: '广东深圳',
      buyer: { nick: '买家1', phone: '已去除' },
    });
  });
});
