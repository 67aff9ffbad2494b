import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyzeFile, formatReport } from '../../../cli/analyze-file';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);
const NOW = Date.UTC(2026, 10, 25, 4); // 2026-11-25 12:00 China
const china = (text: string): number => Date.parse(`${text.replace(' ', 'T')}+08:00`);

/**
 * A Taobao 订单报表 in miniature: 甲 three valid orders, 乙 one 2-piece order, 丙 one order in August,
 * 丁 only a closed and an unpaid order (never counted).
 */
const CSV = [
  '订单编号,买家会员名,订单创建时间,买家实际支付金额,订单状态,宝贝标题,宝贝总数量,店铺优惠,平台优惠',
  '1,甲,2026-11-20 20:00:00,90,交易成功,卫衣,1,10,0',
  '2,甲,2026-10-01 20:00:00,50,交易成功,卫衣,1,0,0',
  '3,甲,2026-09-01 21:00:00,50,交易成功,裤子,1,0,0',
  '4,乙,2026-11-10 10:00:00,100,交易成功,卫衣,2,0,5',
  '5,丙,2026-08-01 10:00:00,30,交易成功,袜子,1,0,0',
  '6,丁,2026-11-24 09:00:00,0,交易关闭,卫衣,3,0,0',
  '7,丁,2026-11-24 09:30:00,0,等待买家付款,卫衣,3,0,0',
].join('\r\n');

function writeCsv(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cli-orders-')), '订单报表.csv');
  writeFileSync(file, `\uFEFF${CSV}\r\n`);
  return file;
}

describe('analyze an order export', () => {
  it('gives the revisit list with reason codes, the crowds with sizes, order hours and coupon use', async () => {
    const report = await analyzeFile(writeCsv(), null, { platform: 'taobao', now: NOW });
    expect(report.page).toMatchObject({ platform: 'taobao', kind: 'orders' });
    expect(report.backoffice?.orders).toHaveLength(7);
    expect(report.revisit).toEqual([
      {
        buyer: '甲',
        platform: 'taobao',
        reason: 'repeat-3-4',
        since: china('2026-11-20 20:00:00'),
        lastOrderAt: china('2026-11-20 20:00:00'),
      },
      {
        buyer: '乙',
        platform: 'taobao',
        reason: 'multi-item-first',
        since: china('2026-11-10 10:00:00'),
        lastOrderAt: china('2026-11-10 10:00:00'),
      },
      // 60 days after its last order.
      { buyer: '丙', platform: 'taobao', reason: 'lapsed', since: china('2026-09-30 10:00:00'), lastOrderAt: china('2026-08-01 10:00:00') },
    ]);
    expect(report.crowds).toEqual({
      店铺历史成交客户: 3,
      热销引流人群: 3,
      潜在兴趣人群: null,
      流失客户: null,
      潜在复购客户: 1,
      活动预热人群: 2,
      新客: 1,
    });
    // 10h and 20h hold 4 of the 5 valid orders.
    expect(report.timing).toMatchObject({ orders: 5, peakHours: [10, 20] });
    expect(report.timing!.hours[21]).toBe(1);
    expect(report.coupons).toMatchObject({ ordersWithData: 5, ordersUsing: 2, orderShare: 0.4, buyersUsing: 2, averageDiscount: 7.5 });
    expect(formatReport(report)).toContain('回访清单: 3 条（老客户回访 1，多件客户回访 1，潜在复购 1）');
  });

  it('campaign and festival reasons only with their dates', async () => {
    const report = await analyzeFile(writeCsv(), null, {
      platform: 'taobao',
      now: NOW,
      campaignDate: '2026-12-12',
      festivalDate: '2026-11-25',
    });
    const byReason = (reason: string): string[] => report.revisit!.filter((r) => r.reason === reason).map((r) => r.buyer);
    expect(byReason('campaign')).toEqual(['甲', '乙']);
    expect(byReason('festival')).toEqual(['甲', '乙', '丙']);
  });

  it('the command line: --platform is required for a table, a bad date is an argument error, --json carries revisit and crowds', async () => {
    const file = writeCsv();
    const cli = (args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], { cwd: ROOT }).then(
        ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const noPlatform = await cli([file]);
    expect(noPlatform.code).toBe(1);
    expect(noPlatform.stderr).toContain('--platform');
    const badDate = await cli([file, '--platform', 'taobao', '--campaign', '12/12']);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('YYYY-MM-DD');
    const ok = await cli([file, '--platform', 'taobao', '--campaign', '2099-01-01', '--json']);
    expect(ok.code).toBe(0);
    const json = JSON.parse(ok.stdout) as { revisit: { reason: string }[]; crowds: Record<string, number | null> };
    expect(json.revisit.filter((r) => r.reason === 'campaign')).toHaveLength(2);
    expect(json.revisit.some((r) => r.reason === 'festival')).toBe(false);
    expect(json.crowds.店铺历史成交客户).toBe(3);
  }, 60_000);
});
