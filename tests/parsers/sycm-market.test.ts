import { describe, expect, it } from 'vitest';
import { parseBackofficePage } from '../../lib/sites/backoffice/parse-backoffice';
import { marketSearchPageOf, parseMarketSearchPage, readCellValue, readPagePeriod } from '../../lib/sites/backoffice/market-page';
import { loadFixtureDocument } from './load-fixture';

const ANALYZE =
  'https://sycm.taobao.com/mc/mq/search_analyze?activeKey=relation&dateType=recent7&device=2&keyword=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';
const RANK = 'https://sycm.taobao.com/mc/mq/search_rank?activeKey=item&dateRange=2026-11-24%7C2026-11-24&dateType=day&device=0';

describe('生意参谋 市场 search pages (synthetic fixtures, rendered tables only)', () => {
  it('knows the 搜索分析 and 搜索排行 pages by URL, and nothing else on sycm', () => {
    expect(marketSearchPageOf(ANALYZE)).toEqual({ label: '生意参谋 搜索分析' });
    expect(marketSearchPageOf(RANK)).toEqual({ label: '生意参谋 搜索排行' });
    expect(marketSearchPageOf('https://sycm.taobao.com/portal/home.htm')).toBeNull();
    expect(marketSearchPageOf('https://sycm.1688.com/ms/flow/keywords.htm')).toBeNull();
  });

  it('搜索分析 → 相关分析: joins the fixed header to its body, reads every column, the period from the date picker', () => {
    const doc = loadFixtureDocument('sycm.taobao.com/mc/mq/search_analyze.html', ANALYZE);
    const result = parseMarketSearchPage(doc, ANALYZE, 'taobao', '生意参谋 搜索分析');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toHaveLength(9);
    expect(result.value[0]).toMatchObject({
      platform: 'taobao',
      scope: 'market',
      subject: '连帽卫衣女',
      periodStart: '2026-11-18',
      periodEnd: '2026-11-24',
      searchIndex: 52346,
      competingItems: 1203456,
      searchHeat: 118230,
      clickPopularity: 38120,
      clickHeat: 96540,
      tradeIndex: 86210,
      ztcPrice: 1.35,
      exposure: null,
      visitors: null,
      source: 'page:生意参谋 搜索分析',
    });
    // 125.28 %: the market's clicks per searcher may pass 100 % (domain-rules.md §4).
    expect(result.value[0]!.ctr).toBeCloseTo(1.2528, 10);
    expect(result.value[0]!.conversion).toBeCloseTo(0.0643, 10);
    expect(result.value[0]!.searchShare).toBeCloseTo(0.125, 10);
    expect(result.value[0]!.mallClickShare).toBeCloseTo(0.452, 10);
    expect(result.value.map((r) => r.subject)).toContain('美式复古连帽卫衣');
    expect(result.warnings).toEqual([]);
  });

  it('the whole back-office capture on that page: metrics only, with the page as source', () => {
    const doc = loadFixtureDocument('sycm.taobao.com/mc/mq/search_analyze.html', ANALYZE);
    const result = parseBackofficePage(doc, ANALYZE, []);
    expect(result.ok && result.value.metrics.length).toBe(9);
    expect(result.ok && result.value.sources).toEqual(['生意参谋 搜索分析']);
  });

  it('a table without 搜索人气 fails and names the missing column; nothing is captured', () => {
    const doc = loadFixtureDocument('sycm.taobao.com/mc/mq/search_analyze~columns.html', ANALYZE);
    const result = parseBackofficePage(doc, ANALYZE, []);
    expect(result).toMatchObject({ ok: false, missing: ['搜索人气'] });
    expect(!result.ok && result.reason).toContain('缺少 搜索人气');
  });

  it('搜索排行 as an ARIA grid: terms read past their 趋势 link, the period from the URL, a warning for 在线商品数', () => {
    const doc = loadFixtureDocument('sycm.taobao.com/mc/mq/search_rank.html', RANK);
    const result = parseMarketSearchPage(doc, RANK, 'taobao', '生意参谋 搜索排行');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((r) => [r.subject, r.searchIndex, r.competingItems, r.periodStart, r.periodEnd])).toEqual([
      ['连帽卫衣女', 52346, null, '2026-11-24', '2026-11-24'],
      ['连帽卫衣女加绒', 31020, null, '2026-11-24', '2026-11-24'],
      ['卫衣女宽松', 28115, null, '2026-11-24', '2026-11-24'],
      ['重磅连帽卫衣', 12004, null, '2026-11-24', '2026-11-24'],
      ['连帽卫衣女慵懒风', 9012, null, '2026-11-24', '2026-11-24'],
      ['连帽卫衣女学生', 7530, null, '2026-11-24', '2026-11-24'],
    ]);
    expect(result.warnings.join('\n')).toContain('没有“在线商品数”列，算不出竞争度');
  });

  it('a page that states no period is refused naming 统计时间', () => {
    const doc = loadFixtureDocument('sycm.taobao.com/mc/mq/search_rank.html', 'https://sycm.taobao.com/mc/mq/search_rank?dateType=day');
    const result = parseMarketSearchPage(doc, 'https://sycm.taobao.com/mc/mq/search_rank?dateType=day', 'taobao', '生意参谋 搜索排行');
    expect(result).toMatchObject({ ok: false, missing: ['统计时间'] });
  });

  it('a page with no table yet says to wait for it', () => {
    const doc = loadFixtureDocument('www.taobao.com/index.html', ANALYZE);
    const result = parseBackofficePage(doc, ANALYZE, []);
    expect(result).toMatchObject({ ok: false, missing: ['搜索词表格'] });
  });

  it('cell values: the figure before its comparison line, the term before its buttons, ¥ joined to its number', () => {
    const doc = loadFixtureDocument('www.taobao.com/index.html', ANALYZE);
    const cell = (html: string): Element => {
      const td = doc.createElement('td');
      td.innerHTML = html;
      return td;
    };
    expect(readCellValue(cell('<span>12,345</span><span>较前一日 +3.2%</span>'))).toBe('12,345');
    expect(readCellValue(cell('<a>趋势</a><span>连帽卫衣女</span><button>相关分析</button>'))).toBe('连帽卫衣女');
    expect(readCellValue(cell('<span>¥</span><span>1.35</span>'))).toBe('¥1.35');
    expect(readPagePeriod(doc, 'https://sycm.taobao.com/mc/mq/search_rank?dateRange=2026-11-01%7C2026-11-30')).toEqual({
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
    });
  });
});
