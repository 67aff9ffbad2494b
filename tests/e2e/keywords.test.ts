import ExcelJS from 'exceljs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MetricRow, PaidKeywordRow } from '../../lib/model/records';
import {
  captureThroughPopup,
  clickToDownload,
  importExport,
  openPage,
  openPanelTab,
  readDownload,
} from '../../scripts/support/extension-actions';
import { readTable } from './support/extension-db';
import { ROOT, useE2E } from './support/session';

const e2e = useE2E();

const TB = 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';
// 生意参谋 → 市场 → 搜索分析 → 相关分析; no dateRange in the URL: the period comes from the page's date picker.
const ANALYZE =
  'https://sycm.taobao.com/mc/mq/search_analyze?activeKey=relation&dateType=recent7&device=2&keyword=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3';

describe('keyword demand and paid search in Chromium', () => {
  it('a 搜索分析 page is captured; the 标题 tab then shows demand beside title counts and reorders the missing words', async () => {
    // A benchmark: page 1 of 连帽卫衣女 on Taobao (44 organic titles).
    const search = await openPage(e2e.session, TB);
    await expect.poll(() => search.locator('duibiao-mark[data-duibiao=rank]').count(), { timeout: 10_000 }).toBe(44);
    await (await captureThroughPopup(e2e.session, search, 'top60')).getByTestId('capture-saved').waitFor();

    const panel = await openPanelTab(e2e.session, 'title');
    await panel.getByTestId('title-draft').fill('连帽卫衣女秋季新款');
    const chips = panel.locator('[data-testid=missing-words] button.chip');
    await chips.first().waitFor();
    const wordsOf = (): Promise<(string | null)[]> => chips.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-word')));
    const before = await wordsOf();
    // Without demand: by titles (宽松 and 加厚 in 16 of 44).
    expect(before.slice(0, 2)).toEqual(['宽松', '加厚']);
    expect(await panel.getByTestId('title-demand').getAttribute('data-terms')).toBe('0');
    expect(await panel.getByTestId('deductions').innerText()).not.toContain('搜索人气');

    // The 生意参谋 page at its real host: captured through the popup like any back-office page.
    const sycm = await openPage(e2e.session, ANALYZE);
    await sycm.getByText('连帽卫衣女慵懒风').waitFor();
    const popup = await captureThroughPopup(e2e.session, sycm, 'backoffice');
    expect(await popup.getByTestId('backoffice-saved').getAttribute('data-metrics')).toBe('9');
    const market = (await readTable<MetricRow>(e2e.session.worker, 'metrics')).filter((m) => m.scope === 'market');
    expect(market).toHaveLength(9);
    expect(new Set(market.map((m) => `${m.periodStart}~${m.periodEnd}`))).toEqual(new Set(['2026-11-18~2026-11-24']));
    expect(market.find((m) => m.subject === '连帽卫衣女加绒')).toMatchObject({ searchIndex: 31020, competingItems: 26118 });

    // The open 标题 tab follows the database: 9 related terms, demand in the evidence, another order.
    await panel.bringToFront();
    await expect.poll(() => panel.getByTestId('title-demand').getAttribute('data-terms'), { timeout: 10_000 }).toBe('9');
    const after = await wordsOf();
    // 加绒: 31,020 × (1 − 4/44) ≈ 28,200 beats 宽松: 28,115 × (1 − 16/44) ≈ 17,891.
    expect(after.slice(0, 2)).toEqual(['加绒', '宽松']);
    expect(after).not.toEqual(before);
    expect(await chips.first().innerText()).toContain('4/44 个标题 · 搜索人气 31,020');
    expect(await panel.getByTestId('deductions').innerText()).toContain('缺少高频词“宽松”（16/44 个标题使用 · 搜索人气 28,115）');
    expect(await panel.locator('[data-testid=word-bank] [data-col=demand]').count()).toBeGreaterThan(10);
  });

  it('the 关键词 tab: keyword table with 竞争度 and 蓝海词, a plan, then a 网销宝 report imported → actions → XLSX parses back', async () => {
    const tab = await openPanelTab(e2e.session, 'keywords');
    await tab.getByTestId('keyword-table').waitFor();
    expect(await tab.getByTestId('competition-formula').innerText()).toContain('竞争度 = 搜索人气 ÷ 在线商品数');
    const blue = await tab
      .locator('[data-testid=keyword-table] tr[data-blue=true]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-term')));
    expect(blue).toEqual(['连帽卫衣女加绒']);
    // 31,020 ÷ 26,118
    expect(await tab.locator('[data-testid=keyword-table] tr[data-term=连帽卫衣女加绒] [data-col=competition]').innerText()).toBe('1.1877');
    await tab.getByTestId('plan-attributes').fill('加绒');
    await expect
      .poll(() => tab.locator('[data-testid=plan-precise] li').evaluateAll((li) => li.map((l) => l.getAttribute('data-term'))))
      .toEqual(['连帽卫衣女加绒']);

    // Paid report: the empty state first, then the import (its dates are in the file).
    await tab.getByText('还没有推广报表').waitFor();
    const message = await importExport(tab, resolve(ROOT, 'tests/fixtures/imports/网销宝_关键词报表_synthetic.xlsx'), {
      start: '',
      end: '',
    });
    expect(message).toContain('推广关键词数据 142 行');
    expect(await readTable<PaidKeywordRow>(e2e.session.worker, 'paidKeywords')).toHaveLength(142);
    await tab.getByTestId('paid-table').waitFor();
    const actionOf = (keyword: string) =>
      tab.locator(`[data-testid=paid-table] tr[data-keyword="${keyword}"] [data-col=action]`).innerText();
    expect(await actionOf('卫衣女宽松')).toBe('优化主图');
    expect(await actionOf('连帽卫衣女加绒')).toBe('优化详情页');
    expect(await actionOf('重磅连帽卫衣')).toBe('提高出价或换词');
    expect(await tab.getByTestId('paid-diagnosis').getAttribute('data-as-of')).toBe('2026-11-24');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readDownload(await clickToDownload(tab, 'export-paid-xlsx'))).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['关键词', '建议', '依据']);
    const rows = new Map<string, unknown[]>();
    for (let r = 2; r <= sheet.rowCount; r++) {
      const values = (sheet.getRow(r).values as unknown[]).slice(1);
      rows.set(String(values[0]), values);
    }
    expect(rows.size).toBe(6);
    expect(rows.get('卫衣女宽松')![1]).toBe('优化主图');
    // 近7天展现 of 卫衣女宽松: 800 a day × 7, a number cell.
    expect(rows.get('卫衣女宽松')![header.indexOf('近7天展现')]).toBe(5600);
    expect(rows.get('连帽卫衣女')![header.indexOf('近28天投入产出比')]).toBe(3.28);
  });
});
