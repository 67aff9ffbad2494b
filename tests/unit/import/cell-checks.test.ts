import { describe, expect, it } from 'vitest';
import { isPurchased } from '../../../lib/analysis/shop/order-status';
import { readChinaDateTime, readCount, readMoney, readRate } from '../../../lib/sites/backoffice/cell-checks';
import { parseImportedTable } from '../../support/import-rows';
import { parseChinaTime, parseMetricTable, parseOrderTable } from '../../../lib/sites/backoffice/tables';

const PERIOD = { periodStart: '2026-10-01', periodEnd: '2026-10-31' };
const METRIC_HEADER = ['商品ID', '曝光量', '点击量', '点击率', '访客数', '支付买家数', '支付转化率', '支付金额'];
const ORDER_HEADER = ['订单号', '买家', '下单时间', '付款时间', '实收款', '交易状态', '宝贝数量'];

describe('cell readers', () => {
  it('counts are finite whole numbers ≥ 0', () => {
    expect(readCount('1,024')).toEqual({ ok: true, value: 1024 });
    expect(readCount('1.2万')).toEqual({ ok: true, value: 12000 });
    expect(readCount('-')).toEqual({ ok: true, value: null });
    expect(readCount('-3')).toEqual({ ok: false, problem: '是负数' });
    expect(readCount('2.5')).toEqual({ ok: false, problem: '不是整数' });
    expect(readCount('abc')).toEqual({ ok: false, problem: '不是数字' });
    expect(readCount('Infinity')).toEqual({ ok: false, problem: '不是数字' });
    expect(readCount('0x10')).toEqual({ ok: false, problem: '不是数字' });
  });

  it('money ≥ 0 without float noise', () => {
    expect(readMoney('¥1,520.40')).toEqual({ ok: true, value: 1520.4 });
    expect(readMoney('1520.4000000000001')).toEqual({ ok: true, value: 1520.4 });
    expect(readMoney('-5.00')).toEqual({ ok: false, problem: '是负数' });
  });

  it('rates within 0–100 %; a bare number by the column’s scale', () => {
    expect(readRate('8.00%', 'fraction')).toEqual({ ok: true, value: 0.08 });
    expect(readRate('0.08', 'fraction')).toEqual({ ok: true, value: 0.08 });
    expect(readRate('1', 'fraction')).toEqual({ ok: true, value: 1 });
    expect(readRate('1', 'percent')).toEqual({ ok: true, value: 0.01 });
    expect(readRate('150%', 'fraction')).toEqual({ ok: false, problem: '超出 0–100%' });
    expect(readRate('200', 'percent')).toEqual({ ok: false, problem: '超出 0–100%' });
    expect(readRate('1.5', 'fraction')).toEqual({ ok: false, problem: '超出 0–100%' });
    expect(readRate('-1%', 'fraction')).toEqual({ ok: false, problem: '是负数' });
  });

  it.each([
    ['2026/13/45 99:99', false],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-04-31', false],
    ['2026-08-12 24:00:00', false],
    ['2026-08-12 10:60', false],
    ['2026-08-12 10:21:60', false],
    ['Sat Aug 01 2026 08:00:00 GMT+0800', false],
    ['2026年8月12日 10:21', true],
    ['2026-08-12 10:21:33', true],
  ])('the date “%s” is a real date: %s', (text, real) => {
    expect(readChinaDateTime(text).ok).toBe(real);
  });

  it('parseChinaTime (also used by the order pages) no longer rolls impossible dates over into 2027', () => {
    expect(parseChinaTime('2026/13/45 99:99')).toBeNull();
    expect(parseChinaTime('2026-08-12 10:21:33')).toBe(Date.UTC(2026, 7, 12, 2, 21, 33));
  });
});

describe('metric rows: a bad cell skips its row with a sentence naming row, column and value', () => {
  it('negative counts, CTR 150 %, conversion 200 % are not stored', () => {
    const rows = [
      METRIC_HEADER,
      ['700000000001', '1000', '80', '8.00%', '60', '3', '5.00%', '300'],
      ['700000000002', '-1000', '80', '8.00%', '60', '3', '5.00%', '300'],
      ['700000000003', '1000', '80', '150%', '60', '3', '5.00%', '300'],
      ['700000000004', '1000', '80', '8.00%', '60', '3', '200%', '-300'],
    ];
    const result = parseMetricTable(rows, '1688', 'import', PERIOD);
    expect(result.ok && result.value.map((m) => m.subject)).toEqual(['700000000001']);
    expect(result.ok && result.warnings).toEqual([
      '共 4 行数据，导入 1 行，3 行没有导入（见下）',
      '第 3 行 曝光量 “-1000” 是负数，这一行没有导入',
      '第 4 行 点击率 “150%” 超出 0–100%，这一行没有导入',
      '第 5 行 支付转化率 “200%” 超出 0–100%、支付金额 “-300” 是负数，这一行没有导入',
    ]);
  });

  it('bare rate numbers: a column of fractions reads "1" as 100 %, a column of percents as 1 %, and says so', () => {
    const fractions = parseMetricTable(
      [METRIC_HEADER, ['700000000001', '', '', '0.08', '', '', '', ''], ['700000000002', '', '', '1', '', '', '', '']],
      '1688',
      'import',
      PERIOD,
    );
    expect(fractions.ok && fractions.value.map((m) => m.ctr)).toEqual([0.08, 1]);
    expect(fractions.ok && fractions.warnings).toEqual(['“点击率”列里的数字没有 % 号，按小数读取（0.05 即 5%）']);
    const percents = parseMetricTable(
      [METRIC_HEADER, ['700000000001', '', '', '8', '', '', '', ''], ['700000000002', '', '', '1', '', '', '', '']],
      '1688',
      'import',
      PERIOD,
    );
    expect(percents.ok && percents.value.map((m) => m.ctr)).toEqual([0.08, 0.01]);
    expect(percents.ok && percents.warnings).toEqual(['“点击率”列里的数字没有 % 号，按百分数读取（5 即 5%）']);
  });

  it('bare rates all ≤ 1: a header with (%) or the counts decide', () => {
    const header = [...METRIC_HEADER];
    header[3] = '点击率(%)';
    const byHeader = parseMetricTable([header, ['700000000001', '', '', '0.5', '', '', '', '']], '1688', 'import', PERIOD);
    expect(byHeader.ok && byHeader.value[0]!.ctr).toBe(0.005);
    // 5 clicks of 1000 exposures is 0.5 %: the column writes percents.
    const byCounts = parseMetricTable([METRIC_HEADER, ['700000000001', '1000', '5', '0.5', '', '', '', '']], '1688', 'import', PERIOD);
    expect(byCounts.ok && byCounts.value[0]!.ctr).toBe(0.005);
  });

  it('a bare number above 100 is refused cell by cell and does not change how the column is read', () => {
    const rows = [METRIC_HEADER, ['700000000001', '', '', '0.08', '', '', '', ''], ['700000000002', '', '', '150', '', '', '', '']];
    const result = parseMetricTable(rows, '1688', 'import', PERIOD);
    expect(result.ok && result.value.map((m) => m.ctr)).toEqual([0.08]);
    expect(result.ok && result.warnings[1]).toBe('第 3 行 点击率 “150” 超出 0–100%，这一行没有导入');
  });

  it('an item id Excel turned into scientific notation is refused: its digits are gone', () => {
    const rows = [
      METRIC_HEADER,
      ['5.9709E+11', '1000', '80', '8.00%', '60', '3', '5.00%', '300'],
      ['700000000001', '1', '', '', '', '', '', ''],
    ];
    const result = parseImportedTable(rows, '1688', PERIOD);
    expect(result.ok && result.warnings[1]).toBe(
      '第 2 行 商品ID “5.9709E+11” 被 Excel 改成了科学计数法，原来的数字已经丢失，这一行没有导入',
    );
  });
});

describe('order rows', () => {
  it('an impossible 下单时间 skips the row; an impossible 付款时间 only empties that field', () => {
    const rows = [
      ORDER_HEADER,
      ['1001', 'a', '2026/13/45 99:99', '', '10', '交易成功', '1'],
      ['1002', 'b', '2026-11-02 09:00', '2026-02-30 09:01', '10', '交易成功', '1'],
      ['1003', 'c', '2026-11-03 09:00', '', '-10', '交易成功', '1'],
      ['1004', 'd', '2026-11-04 09:00', '', '10', '交易成功', '2.5'],
    ];
    const result = parseOrderTable(rows, 'taobao');
    expect(result.ok && result.value.map((o) => [o.orderId, o.paidAt])).toEqual([['1002', null]]);
    expect(result.ok && result.warnings).toEqual([
      '共 4 行订单，导入 1 行，3 行没有导入（见下）',
      '第 2 行 下单时间 “2026/13/45 99:99” 不是有效的日期时间，这一行没有导入',
      '第 3 行 付款时间 “2026-02-30 09:01” 不是有效的日期时间，这一格按空值导入',
      '第 4 行 实收款 “-10” 是负数，这一行没有导入',
      '第 5 行 宝贝数量 “2.5” 不是整数，这一行没有导入',
    ]);
  });

  it('status texts from exports are kept as shown and judged by isPurchased like the status codes', () => {
    const statuses = ['交易成功', '交易关闭', '等待买家付款', '退款成功', '卖家已发货，等待买家确认', '买家已付款，等待卖家发货', '已取消'];
    const rows = [ORDER_HEADER, ...statuses.map((s, i) => [String(2000 + i), `buyer${i}`, '2026-11-01 10:00:00', '', '10', ` ${s} `, '1'])];
    const result = parseOrderTable(rows, 'taobao');
    expect(result.ok && result.value.map((o) => o.status)).toEqual(statuses);
    expect(result.ok && result.value.map((o) => isPurchased(o.status))).toEqual([true, false, false, false, true, true, false]);
  });

  it('an order table without 下单时间 is refused instead of importing 0 orders', () => {
    const result = parseOrderTable(
      [
        ['订单号', '买家'],
        ['1001', 'a'],
      ],
      'taobao',
    );
    expect(result).toMatchObject({ ok: false, missing: ['下单时间'] });
  });

  it('a 19-digit order number in scientific notation (Excel) is refused, not stored with wrong digits', () => {
    const result = parseOrderTable(
      [
        ORDER_HEADER,
        ['3.60123E+18', 'a', '2026-11-01 10:00', '', '10', '交易成功', '1'],
        ['1002', 'b', '2026-11-01 10:00', '', '10', '交易成功', '1'],
      ],
      'taobao',
    );
    expect(result.ok && result.value.map((o) => o.orderId)).toEqual(['1002']);
    expect(result.ok && result.warnings[1]).toBe(
      '第 2 行 订单号 “3.60123E+18” 被 Excel 改成了科学计数法，原来的数字已经丢失，这一行没有导入',
    );
  });
});
