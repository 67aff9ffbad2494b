import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeImport,
  inspectImportFile,
  parseImportFile,
  readImportFile,
  type ImportFile,
} from '../../../lib/sites/backoffice/import-file';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/imports');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

async function read(name: string): Promise<ImportFile> {
  const file = await readImportFile(name, fixture(name));
  if (!file.ok) throw new Error(file.reason);
  return file.value;
}

const rowsFile = (rows: string[][], name = 'table.csv'): ImportFile => ({
  name,
  rows,
  format: 'utf-8',
  encodingGuessed: false,
  sheet: null,
});

describe('搜索分析 / 搜索词查询 downloads (synthetic, columns of domain-rules.md §4)', () => {
  it('UTF-8 CSV with title lines: market rows (no shop columns), the period from the 统计日期 line, every column', async () => {
    const file = await read('搜索分析_相关词_2026-11-18_2026-11-24_synthetic.csv');
    expect(inspectImportFile(file)).toMatchObject({ kind: 'metrics', period: { start: '2026-11-18', end: '2026-11-24', from: 'file' } });
    const result = parseImportFile(file, 'taobao');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const metrics = result.value.capture.metrics;
    expect(metrics).toHaveLength(9);
    expect(metrics.every((m) => m.scope === 'market' && m.periodStart === '2026-11-18' && m.periodEnd === '2026-11-24')).toBe(true);
    const first = metrics[0]!;
    expect(first).toMatchObject({
      subject: '连帽卫衣女',
      searchIndex: 52346,
      competingItems: 1203456,
      searchHeat: 118230,
      tradeIndex: 86210,
      ztcPrice: 1.35,
    });
    expect(first.ctr).toBeCloseTo(1.2528, 10);
    expect(first.conversion).toBeCloseTo(0.0643, 10);
    expect(first.searchShare).toBeCloseTo(0.125, 10);
    expect(describeImport(result.value)).toBe('已导入：数据 9 行（统计周期 2026-11-18 至 2026-11-24）。');
  });

  it('GBK CSV: decoded as GB18030, the period from the file name', async () => {
    const file = await read('搜索分析_相关词_2026-11-11_2026-11-17_gbk_synthetic.csv');
    expect(file.format).toBe('gb18030');
    const result = parseImportFile(file, 'taobao');
    expect(result.ok && result.value.capture.metrics.map((m) => [m.subject, m.searchIndex, m.periodStart])[0]).toEqual([
      '连帽卫衣女',
      Math.round(52346 * 0.8),
      '2026-11-11',
    ]);
  });

  it('XLSX: percent-formatted cells as fractions, numbers as numbers, a 统计日期 column over two weeks', async () => {
    const file = await read('搜索分析_相关词_synthetic.xlsx');
    const result = parseImportFile(file, 'taobao');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const metrics = result.value.capture.metrics;
    expect(metrics).toHaveLength(18);
    const week = metrics.filter((m) => m.periodStart === '2026-11-18');
    expect(week).toHaveLength(9);
    expect(week[0]).toMatchObject({ scope: 'market', subject: '连帽卫衣女', searchIndex: 52346, competingItems: 1203456 });
    expect(week[0]!.ctr).toBeCloseTo(1.2528, 6);
    expect(week[0]!.conversion).toBeCloseTo(0.0643, 6);
  });

  it('a 搜索词 table with my shop’s columns stays an own search-term table (scope term)', async () => {
    const file = await read('搜索词_utf16be_nobom_synthetic.csv');
    const result = parseImportFile(file, '1688');
    expect(result.ok && [...new Set(result.value.capture.metrics.map((m) => m.scope))]).toEqual(['term']);
  });

  it('a market click rate above 1000 % is refused row by row; above 100 % is not', () => {
    const result = parseImportFile(
      rowsFile([
        ['搜索词', '搜索人气', '点击率', '在线商品数'],
        ['甲', '100', '125%', '10'],
        ['乙', '100', '1200%', '10'],
      ]),
      'taobao',
      { start: '2026-11-01', end: '2026-11-07' },
    );
    expect(result.ok && result.value.capture.metrics.map((m) => [m.subject, m.ctr])).toEqual([['甲', 1.25]]);
    expect(result.ok && result.warnings.join('\n')).toContain('点击率 “1200%” 超出 0–1000%');
  });
});

describe('paid keyword reports (直通车 / 网销宝, synthetic)', () => {
  it('直通车 GBK CSV: one row per keyword and day, 展现量/花费, the 合计 line left out', async () => {
    const file = await read('直通车_关键词报表_synthetic.csv');
    expect(file.format).toBe('gb18030');
    expect(inspectImportFile(file)).toMatchObject({ kind: 'paid', period: { start: '2026-10-28', end: '2026-11-24', from: 'column' } });
    const result = parseImportFile(file, 'taobao');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const paid = result.value.capture.paid;
    // 5 keywords × 28 days + 连帽卫衣女外套 × 2 days
    expect(paid).toHaveLength(142);
    expect(result.value.capture.metrics).toEqual([]);
    expect(paid[0]).toEqual({
      key: 'taobao|日常推广|加绒连帽卫衣女|连帽卫衣女|2026-10-28|2026-10-28',
      platform: 'taobao',
      campaign: '日常推广',
      unit: '加绒连帽卫衣女',
      keyword: '连帽卫衣女',
      periodStart: '2026-10-28',
      periodEnd: '2026-10-28',
      impressions: 1000,
      clicks: 30,
      cost: 36,
      orders: 2,
      amount: 118,
    });
    expect(result.warnings.join('\n')).toContain('是合计行，不是单个关键词');
    expect(describeImport(result.value)).toContain('推广关键词数据 142 行');
  });

  it('网销宝 XLSX: 曝光量/消耗, dates as date cells', async () => {
    const file = await read('网销宝_关键词报表_synthetic.xlsx');
    const result = parseImportFile(file, '1688');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const paid = result.value.capture.paid;
    expect(paid).toHaveLength(142);
    const last = paid.filter((p) => p.keyword === '重磅连帽卫衣').at(-1)!;
    expect(last).toMatchObject({
      platform: '1688',
      campaign: '网销宝-连帽卫衣',
      unit: '',
      periodEnd: '2026-11-24',
      impressions: 5,
      clicks: 0,
      cost: 0,
    });
  });

  it('a report without dates asks for its period, then every row takes it', () => {
    const file = rowsFile([
      ['关键词', '展现量', '点击量', '花费'],
      ['连帽卫衣女', '100', '3', '3.60'],
    ]);
    expect(inspectImportFile(file)).toEqual({ kind: 'paid', period: null, needsPeriod: true });
    expect(parseImportFile(file, 'taobao')).toMatchObject({ ok: false, missing: ['统计周期'] });
    const result = parseImportFile(file, 'taobao', { start: '2026-11-18', end: '2026-11-24' });
    expect(result.ok && result.value.capture.paid[0]).toMatchObject({
      keyword: '连帽卫衣女',
      periodStart: '2026-11-18',
      periodEnd: '2026-11-24',
      cost: 3.6,
    });
  });

  it('a 搜索词 table with 关键词 and 展现量 but no spend is not a paid report', () => {
    const file = rowsFile([
      ['关键词', '展现量', '点击量', '访客数'],
      ['连帽卫衣女', '100', '3', '2'],
    ]);
    expect(inspectImportFile(file).kind).toBe('metrics');
  });

  it('a table of neither kind names what each kind needs', () => {
    const result = parseImportFile(
      rowsFile([
        ['名字', '数量'],
        ['甲', '1'],
      ]),
      'taobao',
    );
    expect(result).toMatchObject({ ok: false, missing: ['商品ID / 搜索词', '订单号', '买家', '关键词 + 花费/消耗'] });
  });
});
