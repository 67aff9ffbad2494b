import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyzeFile, formatReport, loadDemandFile } from '../../../cli/analyze-file';

const ROOT = resolve(import.meta.dirname, '../../..');
const IMPORTS = join(ROOT, 'tests/fixtures/imports');
const run = promisify(execFile);
const NOW = Date.UTC(2026, 10, 25, 4); // 2026-11-25 12:00 China

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

function writeCsv(name: string, lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cli-tables-')), name);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return file;
}

describe('the CLI recognises back-office tables by their headers', () => {
  it('a 搜索词 export → keywords: terms with 竞争度, roots and the paid-search plan (no --platform needed)', async () => {
    const report = await analyzeFile(join(IMPORTS, '搜索分析_相关词_synthetic.xlsx'), null, { now: NOW, plan: { productWords: ['加绒'] } });
    expect(report.kind).toBe('keywords');
    expect(report.platformFrom).toBe('default');
    const first = report.terms![0]!;
    expect(first).toMatchObject({ term: '连帽卫衣女', searchPopularity: 52346, onlineItems: 1203456 });
    expect(first.competition).toBeCloseTo(52346 / 1203456, 10);
    expect(first.clickRate).toBeCloseTo(1.2528, 6);
    expect(first.conversionRate).toBeCloseTo(0.0643, 6);
    // The file holds two weeks: the newer one is the table, the older one the change.
    expect(first.popularityChange).toBeCloseTo((52346 - Math.round(52346 * 0.8)) / Math.round(52346 * 0.8), 10);
    expect(report.roots!.find((r) => r.root === '加绒')).toMatchObject({ terms: 1, searchPopularity: 31020 });
    // 9 terms: demand's top third ≥ 28,115 and supply's bottom third ≤ 30,105 meet in one term.
    expect(report.terms!.filter((t) => t.blueOcean).map((t) => t.term)).toEqual(['连帽卫衣女加绒']);
    // 9 terms: 2.7 / 5.4 / 0.9 → 3 / 5 / 1.
    expect(report.plan!.targets).toEqual({ big: 3, longTail: 5, precise: 1 });
    expect(report.plan!.precise.map((w) => w.term)).toEqual(['连帽卫衣女加绒']);
    expect(report.plan!.big.map((w) => w.term)).toEqual(['连帽卫衣女']);
    expect(formatReport(report)).toContain('竞争度 = 搜索人气 ÷ 在线商品数');
  });

  it('a 直通车 report → paid: every keyword with its five windows and action', async () => {
    const report = await analyzeFile(join(IMPORTS, '直通车_关键词报表_synthetic.csv'), null, { now: NOW });
    expect(report.kind).toBe('paid');
    expect(report.asOf).toBe('2026-11-24');
    const actions = Object.fromEntries(report.keywords!.map((k) => [k.keyword, k.action]));
    expect(actions).toEqual({
      重磅连帽卫衣: '提高出价或换词',
      卫衣女宽松: '优化主图',
      连帽卫衣女加绒: '优化详情页',
      美式复古卫衣: '降低出价或提高转化',
      连帽卫衣女外套: '点击还少，继续观察',
      连帽卫衣女: '保持，可适当加价',
    });
    const hoodie = report.keywords!.find((k) => k.keyword === '连帽卫衣女')!;
    expect(hoodie.windows.map((w) => [w.days, w.impressions, w.cost])).toEqual([
      [1, 1000, 36],
      [3, 3000, 108],
      [7, 7000, 252],
      [14, 14000, 504],
      [28, 28000, 1008],
    ]);
  });

  it('a 网销宝 report names 1688 by its headers (曝光量 / 消耗)', async () => {
    const report = await analyzeFile(join(IMPORTS, '网销宝_关键词报表_synthetic.xlsx'), null, { now: NOW });
    expect(report).toMatchObject({ kind: 'paid', platformFrom: 'headers', page: { platform: '1688' } });
  });

  it('an order export → orders with the customer groups; a 1688 export needs no --platform', async () => {
    const taobao = await analyzeFile(join(IMPORTS, '订单_gbk_synthetic.csv'), null, { platform: 'taobao', now: NOW });
    expect(taobao.kind).toBe('orders');
    expect(Object.keys(taobao.customers!).sort()).toEqual([
      'buyers',
      'lifecycle',
      'orders',
      'repurchaseByOrders',
      'repurchaseByPeople',
      'segments',
    ]);
    expect(taobao.customers).toMatchObject({ buyers: 7, orders: 7, repurchaseByPeople: 0 });
    const file = writeCsv('1688订单.csv', [
      '订单编号,买家公司名,买家会员名,货品标题,下单时间,实付款(元),订单状态',
      '1001,义乌某商行,buyer_a,连帽卫衣,2026-11-20 10:00:00,100,交易成功',
      '1002,义乌某商行,buyer_a,连帽卫衣,2026-10-20 10:00:00,80,交易成功',
      '1003,杭州某店,buyer_b,卫衣,2026-11-01 10:00:00,50,交易成功',
    ]);
    const report = await analyzeFile(file, null, { now: NOW });
    expect(report).toMatchObject({ kind: 'orders', platformFrom: 'headers', page: { platform: '1688' } });
    // 2 buyers, 3 orders; buyer_a twice: by people 1/2, by orders (3 − 2) / 3.
    expect(report.customers!.repurchaseByPeople).toBe(0.5);
    expect(report.customers!.repurchaseByOrders).toBeCloseTo(1 / 3, 10);
  });

  it('a 商品效果 export → items: the four quadrants and the high/high share', async () => {
    const report = await analyzeFile(join(IMPORTS, '商品效果_2026-11-01_2026-11-30_synthetic.csv'), null, { now: NOW });
    expect(report.kind).toBe('items');
    expect(report.quadrants!.map((q) => q.quadrant).sort()).toEqual(['high-ctr-low-cvr', 'high-high', 'low-ctr-high-cvr', 'low-low']);
    expect(report.highHighShare).toBe(0.25);
  });

  it('--demand makes --title demand-aware: missing words carry 搜索人气', async () => {
    const demand = await loadDemandFile(join(IMPORTS, '搜索分析_相关词_2026-11-18_2026-11-24_synthetic.csv'), 'taobao');
    expect(demand).toHaveLength(9);
    const url = 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';
    const page = join(ROOT, 'tests/fixtures/sites/s.taobao.com/search.html');
    const plain = await analyzeFile(page, url, { title: '连帽卫衣女秋季新款' });
    const aware = await analyzeFile(page, url, { title: '连帽卫衣女秋季新款', demand });
    expect(plain.titleScore!.missing[0]!.word).toBe('宽松');
    expect(aware.titleScore!.missing[0]).toMatchObject({ word: '加绒', evidence: '4/44 个标题 · 搜索人气 31,020' });
    expect(aware.titleScore!.score).toBe(plain.titleScore!.score);
  });
});

describe('cli exit codes for tables', { timeout: 60_000 }, () => {
  it('--json prints the kind; an unknown table exits 2 naming the missing columns; a bad --now exits 1', async () => {
    const paid = await cli([join(IMPORTS, '直通车_关键词报表_synthetic.csv'), '--now', '2026-11-25', '--json']);
    expect(paid.code).toBe(0);
    const json = JSON.parse(paid.stdout) as { kind: string; keywords: { keyword: string; windows: unknown[]; action: string }[] };
    expect(json.kind).toBe('paid');
    expect(json.keywords.every((k) => k.windows.length === 5 && k.action)).toBe(true);

    const unknown = await cli([writeCsv('x.csv', ['名字,数量', '甲,1'])]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('缺少：商品ID / 搜索词、订单号、买家、关键词 + 花费/消耗');

    const badNow = await cli([join(IMPORTS, '直通车_关键词报表_synthetic.csv'), '--now', 'yesterday']);
    expect(badNow.code).toBe(1);
    expect(badNow.stderr).toContain('--now');
  });
});
