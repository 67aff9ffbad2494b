import { describe, expect, it } from 'vitest';
import { analyzeCouponUse } from '../../../lib/analysis/shop/coupons';
import { buildCrowds, type CrowdId } from '../../../lib/analysis/shop/crowds';
import { describeHours, findBestHours } from '../../../lib/analysis/shop/order-timing';
import type { Order } from '../../../lib/model/records';
import { DAY, NOW, ORDERS } from '../../support/customer-orders';

describe('target crowds (hand-computed on tests/support/customer-orders.ts)', () => {
  const report = buildCrowds(ORDERS, { now: NOW, lapsedDays: 60, itemTitles: new Map([['1', '连帽卫衣']]) });
  const members = (id: CrowdId): string[] | null => {
    const crowd = report.crowds.find((c) => c.id === id)!;
    return crowd.available ? crowd.buyers.map((b) => b.key) : null;
  };

  it('defines the order-based crowds; h**8 (only closed orders) is in none', () => {
    expect(members('past-buyers')).toHaveLength(12);
    expect(members('past-buyers')).not.toContain('taobao:h**8');
    // Top sellers by valid orders: #5 (6 orders of c**3), #1 (a**1 twice, b**2 once), #3 (b**2 twice). h**8's
    // three closed orders of #6 do not make it a top seller.
    expect(report.hotItems.map((i) => [i.key, i.label, i.orders])).toEqual([
      ['id:5', '商品 5', 6],
      ['id:1', '连帽卫衣', 3],
      ['id:3', '商品 3', 2],
    ]);
    expect(members('hot-items')).toEqual(['taobao:c**3', 'taobao:a**1', 'taobao:b**2']);
    expect(members('potential-repurchase')).toEqual(['taobao:b**2', 'taobao:f**6', 'taobao:g**7']);
    // Crowds are for the platform's own tools: contacts do not remove anyone (j**0 stays).
    expect(members('campaign-warmup')).toEqual([
      'taobao:c**3',
      'taobao:d**4',
      'taobao:a**1',
      '1688:j**0',
      'taobao:e**5',
      'taobao:l**2',
      'taobao:k**1',
      'taobao:b**2',
      'taobao:g**7',
    ]);
    // First valid order within 30 days: i**9's unpaid order 35 days ago does not make it an old customer.
    expect(members('new')).toEqual(['1688:a**1', 'taobao:e**5', 'taobao:i**9']);
  });

  it('crowds that need browsing data are marked unavailable, with no size, never guessed', () => {
    for (const id of ['potential-interest', 'lost-viewers'] as const) {
      const crowd = report.crowds.find((c) => c.id === id)!;
      expect(crowd).toMatchObject({ available: false, size: null, buyers: [] });
      if (!crowd.available) expect(crowd.why).toContain('浏览');
    }
    expect(report.crowds.map((c) => [c.name, c.size])).toEqual([
      ['店铺历史成交客户', 12],
      ['热销引流人群', 3],
      ['潜在兴趣人群', null],
      ['流失客户', null],
      ['潜在复购客户', 3],
      ['活动预热人群', 9],
      ['新客', 3],
    ]);
  });

  it('without item data in the orders, 热销引流人群 says what is missing instead of being empty', () => {
    const bare = ORDERS.map((o) => ({ ...o, itemIds: [], itemTitles: undefined }));
    const hot = buildCrowds(bare, { now: NOW, lapsedDays: 60 }).crowds.find((c) => c.id === 'hot-items')!;
    expect(hot.available).toBe(false);
    if (!hot.available) expect(hot.why).toContain('宝贝标题');
  });

  it('the lapse follows the setting', () => {
    const longer = buildCrowds(ORDERS, { now: NOW, lapsedDays: 100 }).crowds.find((c) => c.id === 'potential-repurchase')!;
    expect(longer.buyers.map((b) => b.key)).toEqual(['taobao:g**7']);
  });
});

describe('order hours for 分时折扣', () => {
  it('peak hours hold at least half of the orders; quiet hours at most a tenth', () => {
    // 100 orders over 12 hours; the other 12 hours have none.
    const hours = Array.from({ length: 24 }, () => 0);
    Object.assign(hours, { 20: 20, 21: 15, 10: 10, 9: 9, 14: 5, 11: 8, 15: 8, 16: 7, 19: 6, 22: 6, 12: 3, 13: 3 });
    expect(hours.reduce((a, b) => a + b, 0)).toBe(100);
    const best = findBestHours(hours);
    // 20 + 15 + 10 = 45 < 50, + 9 (9h) = 54 ≥ 50.
    expect(best.peakHours).toEqual([9, 10, 20, 21]);
    expect(best.peakShare).toBe(0.54);
    // Twelve hours without orders (0), then 12h and 13h (3 each): 6 ≤ 10; + 14h (5) would be 11 > 10.
    expect(best.quietHours).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 17, 18, 23]);
    expect(best.reliable).toBe(true);
    expect(describeHours(best.peakHours)).toBe('9:00–11:00、20:00–22:00');
  });

  it('few orders are called unreliable; none gives no hours', () => {
    const hours = Array.from({ length: 24 }, (_, h) => (h === 8 ? 3 : 0));
    expect(findBestHours(hours)).toMatchObject({ orders: 3, peakHours: [8], reliable: false });
    expect(findBestHours(Array.from({ length: 24 }, () => 0))).toMatchObject({ orders: 0, peakHours: [], quietHours: [] });
  });
});

describe('coupon and discount use', () => {
  const order = (id: string, buyer: string, amount: number | null, discounts: Order['discounts'], status = '交易成功'): Order => ({
    key: `taobao:${id}`,
    platform: 'taobao',
    orderId: id,
    buyer,
    createdAt: NOW - DAY,
    paidAt: null,
    status,
    amount,
    itemCount: 1,
    itemIds: [],
    province: null,
    ...(discounts ? { discounts } : {}),
    capturedAt: NOW,
  });

  it('shares of orders and buyers, the average discount and the split by shop / platform / coupon', () => {
    const orders = [
      order('1', 'x', 90, { shop: 10, platform: 0, coupon: null, total: null }), // 10 off 100
      order('2', 'x', 45, { shop: 0, platform: 5, coupon: null, total: null }), // 5 off 50
      order('3', 'y', 100, { shop: 0, platform: 0, coupon: null, total: null }),
      order('4', 'z', 80, { shop: 5, platform: 5, coupon: null, total: 20 }), // the report's own total wins: 20 off 100
      order('5', 'w', 70, { shop: 30, platform: 0, coupon: null, total: null }, '交易关闭'), // never counts
      order('6', 'v', 60, undefined), // no discount columns: not in the denominator
    ];
    const use = analyzeCouponUse(orders)!;
    expect(use).toMatchObject({ ordersWithData: 4, ordersUsing: 3, orderShare: 0.75, buyersWithData: 3, buyersUsing: 2 });
    expect(use.buyerShare).toBeCloseTo(2 / 3, 10);
    // (10 + 5 + 20) / 3
    expect(use.averageDiscount).toBeCloseTo(11.67, 10);
    // (0.1 + 0.1 + 0.2) / 3
    expect(use.averageDiscountRate).toBeCloseTo(0.4 / 3, 10);
    expect(use.byKind.map((k) => [k.label, k.ordersWithColumn, k.ordersUsing, k.share, k.average])).toEqual([
      ['店铺优惠', 4, 2, 0.5, 7.5],
      ['平台优惠', 4, 2, 0.5, 5],
    ]);
  });

  it('is null when no order carries discount columns (the UI says so instead of 0 %)', () => {
    expect(analyzeCouponUse(ORDERS)).toBeNull();
  });
});
