import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listMetrics, saveBackoffice } from '../../../lib/db/backoffice';
import { DuibiaoDB } from '../../../lib/db/database';
import {
  describeImport,
  inspectImportFile,
  parseImportFile,
  readImportFile,
  type ImportFile,
} from '../../../lib/sites/backoffice/import-file';
import { parseImportedTable } from '../../support/import-rows';
import { periodAboveHeader, periodFromFileName } from '../../../lib/sites/backoffice/import-period';

const HEADER = ['商品ID', '商品名称', '曝光量', '点击量', '点击率'];
const ITEMS = [
  ['597090034012', '洗面奶', '20000', '1600', '8.00%'],
  ['700000000001', '连帽卫衣', '30000', '600', '2.00%'],
];
const file = (rows: string[][], name = 'export.csv'): ImportFile => ({ name, rows, format: 'utf-8', encodingGuessed: false, sheet: null });

describe('where the period of an export is found', () => {
  it.each([
    ['商品效果_2026-10-01_2026-10-31.csv', { start: '2026-10-01', end: '2026-10-31' }],
    ['【生意参谋平台】商品_全部_2026-10-01_2026-10-31.xls', { start: '2026-10-01', end: '2026-10-31' }],
    ['搜索词_20261001-20261031.xlsx', { start: '2026-10-01', end: '2026-10-31' }],
    ['C:\\下载\\商品 2026.10.01-2026.10.07.csv', { start: '2026-10-01', end: '2026-10-07' }],
    ['商品效果_2026-10-31.csv', null], // one date: as often the download day
    ['商品效果_2026-10-31_2026-10-01.csv', null], // reversed
    ['商品效果_2026-02-30_2026-03-01.csv', null], // no such day
    ['商品效果_597090034012.csv', null],
    ['商品效果.csv', null],
  ])('file name %s', (name, period) => {
    expect(periodFromFileName(name)).toEqual(period);
  });

  it.each([
    [['统计时间：2026-10-01 ~ 2026-10-31'], { start: '2026-10-01', end: '2026-10-31' }],
    [['统计日期', '2026/10/01 至 2026/10/31'], { start: '2026-10-01', end: '2026-10-31' }],
    [['统计周期：2026年10月'], { start: '2026-10-01', end: '2026-10-31' }],
    [['统计日期：2026-10-05'], { start: '2026-10-05', end: '2026-10-05' }],
    [['统计时间：2026-10-01 ~ 2026-10-31 下载时间：2026-11-02'], { start: '2026-10-01', end: '2026-10-31' }],
    [['下载时间：2026-11-02 10:00:00'], null],
    [['【生意参谋平台】商品_全部_2026-10-01_2026-10-31'], { start: '2026-10-01', end: '2026-10-31' }],
  ])('line above the table %j', (line, period) => {
    expect(periodAboveHeader([line, HEADER], 1)).toEqual(period);
  });

  it('inspectImportFile says which source gave the period, or that the user must be asked', () => {
    expect(inspectImportFile(file([['统计时间：2026-10-01 ~ 2026-10-31'], HEADER, ...ITEMS]))).toEqual({
      kind: 'metrics',
      period: { start: '2026-10-01', end: '2026-10-31', from: 'file' },
      needsPeriod: false,
    });
    expect(inspectImportFile(file([HEADER, ...ITEMS], '商品效果_2026-11-01_2026-11-30.csv')).period).toEqual({
      start: '2026-11-01',
      end: '2026-11-30',
      from: 'name',
    });
    const byDay = [
      ['统计日期', ...HEADER],
      ['2026-10-02', ...ITEMS[0]!],
      ['2026-10-01', ...ITEMS[1]!],
    ];
    expect(inspectImportFile(file(byDay)).period).toEqual({ start: '2026-10-01', end: '2026-10-02', from: 'column' });
    expect(inspectImportFile(file([HEADER, ...ITEMS]))).toEqual({ kind: 'metrics', period: null, needsPeriod: true });
    const orders = [
      ['订单号', '买家', '下单时间'],
      ['1', 'a', '2026-11-01 10:00'],
    ];
    expect(inspectImportFile(file(orders))).toEqual({ kind: 'orders', period: null, needsPeriod: false });
  });

  it('without a period anywhere the import fails asking for it; the caller’s period then applies', () => {
    const bare = file([HEADER, ...ITEMS]);
    expect(parseImportFile(bare, '1688')).toMatchObject({ ok: false, missing: ['统计周期'] });
    const given = parseImportFile(bare, '1688', { start: '2026-10-01', end: '2026-10-31' });
    expect(given.ok && given.value.period).toEqual({ start: '2026-10-01', end: '2026-10-31', from: 'caller' });
    expect(given.ok && given.value.capture.metrics.every((m) => m.periodStart === '2026-10-01' && m.periodEnd === '2026-10-31')).toBe(true);
    expect(given.ok && describeImport(given.value)).toBe('已导入：数据 2 行（统计周期 2026-10-01 至 2026-10-31）。');
    expect(parseImportFile(bare, '1688', { start: '2026-10-31', end: '2026-10-01' })).toMatchObject({ ok: false, missing: ['统计周期'] });
  });

  it('the file’s own period wins over the caller’s; a 统计日期 column gives each row its day', () => {
    const byDay = [
      ['统计日期', ...HEADER],
      ['2026-10-02', ...ITEMS[0]!],
      ['2026-10-01', ...ITEMS[0]!],
      ['', ...ITEMS[1]!],
    ];
    const result = parseImportFile(file(byDay), '1688', { start: '2026-10-01', end: '2026-10-31' });
    expect(result.ok && result.value.capture.metrics.map((m) => [m.subject, m.periodStart, m.periodEnd])).toEqual([
      ['597090034012', '2026-10-02', '2026-10-02'],
      ['597090034012', '2026-10-01', '2026-10-01'],
      ['700000000001', '2026-10-01', '2026-10-31'],
    ]);
    const bad = parseImportFile(
      file([
        ['统计日期', ...HEADER],
        ['2026-10-32', ...ITEMS[0]!],
      ]),
      '1688',
    );
    expect(bad.ok || bad.reason).toContain('第 2 行 统计日期 “2026-10-32” 不是有效的日期，这一行没有导入');
  });
});

describe('importing November does not replace October', () => {
  let db: DuibiaoDB | null = null;
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });

  it('two monthly exports through the 店铺 pane’s current calls are stored side by side', async () => {
    db = new DuibiaoDB('import-period-test');
    await db.open();
    for (const month of ['10', '11']) {
      const rows = [[`统计时间：2026-${month}-01 ~ 2026-${month}-${month === '10' ? '31' : '30'}`], HEADER, ...ITEMS];
      const result = parseImportedTable(rows, '1688', { periodStart: '', periodEnd: '' });
      if (!result.ok) throw new Error(result.reason);
      await saveBackoffice(result.value, Date.now(), db);
    }
    const stored = await listMetrics(db);
    expect(stored.map((m) => `${m.subject} ${m.periodStart}~${m.periodEnd}`).sort()).toEqual([
      '597090034012 2026-10-01~2026-10-31',
      '597090034012 2026-11-01~2026-11-30',
      '700000000001 2026-10-01~2026-10-31',
      '700000000001 2026-11-01~2026-11-30',
    ]);
  });

  it('the fixture whose name carries November', async () => {
    const name = '商品效果_2026-11-01_2026-11-30_synthetic.csv';
    const read = await readImportFile(name, new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/imports', name))));
    if (!read.ok) throw new Error(read.reason);
    const result = parseImportFile(read.value, '1688');
    expect(result.ok && result.value.period).toEqual({ start: '2026-11-01', end: '2026-11-30', from: 'name' });
  });
});
