import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDiscount } from '../../../lib/sites/backoffice/cell-checks';
import { parseImportFile, readImportFile } from '../../../lib/sites/backoffice/import-file';
import { parseOrderTable } from '../../../lib/sites/backoffice/tables';

const HEADER = ['订单编号', '买家会员名', '订单创建时间', '买家实际支付金额', '订单状态', '宝贝标题', '宝贝总数量'];

describe('order report columns for items and discounts', () => {
  it('reads 店铺优惠 / 平台优惠 / 优惠券 columns into discounts, and 宝贝标题 into the item titles', () => {
    const rows = [
      [...HEADER, '店铺优惠(元)', '平台优惠', '优惠券'],
      ['1001', 'tb_a', '2026-11-01 10:00', '90.00', '交易成功', '加绒连帽卫衣女，宽松', '2', '10.00', '0', '-5.00'],
      ['1002', 'tb_b', '2026-11-02 10:00', '50.00', '交易成功', '纯棉短袖', '1', '', '无', '0'],
    ];
    const result = parseOrderTable(rows, 'taobao');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((o) => [o.orderId, o.itemTitles, o.discounts])).toEqual([
      // A title with a comma stays whole; "-5.00" off is 5 off.
      ['1001', ['加绒连帽卫衣女，宽松'], { shop: 10, platform: 0, coupon: 5, total: null }],
      // An empty cell or 无 in a discount column: no discount.
      ['1002', ['纯棉短袖'], { shop: 0, platform: 0, coupon: 0, total: null }],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('a total column (优惠金额) and item ids (商品ID) are read; a report without discount columns leaves the field out', () => {
    const withTotal = parseOrderTable(
      [
        ['订单号', '买家', '下单时间', '实付款', '交易状态', '商品ID', '优惠金额'],
        ['2001', 'x', '2026-11-01 10:00', '80', '交易成功', '684512345678；684512345679', '20'],
      ],
      'taobao',
    );
    expect(withTotal.ok && withTotal.value[0]).toMatchObject({
      itemIds: ['684512345678', '684512345679'],
      discounts: { shop: null, platform: null, coupon: null, total: 20 },
    });
    const plain = parseOrderTable(
      [
        ['订单号', '买家', '下单时间', '实付款', '交易状态'],
        ['2002', 'y', '2026-11-01 10:00', '80', '交易成功'],
      ],
      'taobao',
    );
    expect(plain.ok && plain.value[0]).not.toHaveProperty('discounts');
    expect(plain.ok && plain.value[0]).not.toHaveProperty('itemTitles');
  });

  it('a bad discount cell only empties that discount and says so; the order is kept', () => {
    const result = parseOrderTable(
      [
        [...HEADER, '店铺优惠'],
        ['3001', 'z', '2026-11-01 10:00', '90', '交易成功', 'T', '1', '满100减10'],
      ],
      'taobao',
    );
    expect(result.ok && result.value.map((o) => [o.orderId, o.discounts?.shop])).toEqual([['3001', null]]);
    expect(result.ok && result.warnings).toEqual(['第 2 行 店铺优惠 “满100减10” 不是金额，这一格按空值导入']);
  });

  it('readDiscount: amounts either sign, 无 as 0, percentages refused', () => {
    expect(['12.50', '-12.50', '¥3', '', '-', '未使用'].map((c) => readDiscount(c))).toEqual(
      [12.5, 12.5, 3, 0, 0, 0].map((value) => ({ ok: true, value })),
    );
    expect(readDiscount('5%')).toEqual({ ok: false, problem: '不是金额' });
  });

  it('the GBK 订单报表 fixture gains its 宝贝标题 per order (imported through the same path as 店铺 → 导入)', async () => {
    const bytes = readFileSync(resolve(import.meta.dirname, '../../fixtures/imports/订单_gbk_synthetic.csv'));
    const file = await readImportFile('订单.csv', bytes);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const result = parseImportFile(file.value, 'taobao');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const orders = result.value.capture.orders;
    expect(orders).toHaveLength(10);
    expect(orders.every((o) => o.itemTitles?.[0] === '2026秋冬新款加绒连帽卫衣女，宽松')).toBe(true);
    expect(orders.some((o) => 'discounts' in o)).toBe(false);
  });
});
