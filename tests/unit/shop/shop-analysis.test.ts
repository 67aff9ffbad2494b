import { describe, expect, it } from 'vitest';
import { classifyQuadrants, QUADRANT_ACTIONS } from '../../../lib/analysis/shop/quadrants';
import { aggregateRoots } from '../../../lib/analysis/shop/roots';
import { DEFAULT_CUTOFFS, groupCustomers } from '../../../lib/analysis/shop/customers';
import type { Order } from '../../../lib/model/records';
import { nodeSegmenter } from '../../support/segmenter';

describe('four quadrants (hand-computed)', () => {
  const items = [
    { id: 'a', title: 'A', ctr: 0.08, conversion: 0.05 }, // high/high
    { id: 'b', title: 'B', ctr: 0.06, conversion: 0.01 }, // high ctr, low cvr
    { id: 'c', title: 'C', ctr: 0.02, conversion: 0.04 }, // low ctr, high cvr
    { id: 'd', title: 'D', ctr: 0.01, conversion: 0.005 }, // low/low
    { id: 'e', title: 'E', ctr: null, conversion: 0.02 }, // unclassified
  ];

  it('median thresholds by default: ctr median of 0.08,0.06,0.02,0.01 = 0.04; cvr median of 0.05,0.01,0.04,0.005 = 0.025', () => {
    const r = classifyQuadrants(items);
    expect(r.ctrThreshold).toBeCloseTo(0.04);
    expect(r.conversionThreshold).toBeCloseTo(0.025);
    expect(r.items.map((i) => i.quadrant)).toEqual(['high-high', 'high-ctr-low-cvr', 'low-ctr-high-cvr', 'low-low', null]);
    expect(r.counts).toEqual({ 'high-high': 1, 'high-ctr-low-cvr': 1, 'low-ctr-high-cvr': 1, 'low-low': 1 });
    expect(r.highHighShare).toBe(0.25);
    expect(r.unclassified).toBe(1);
    expect(r.items[2]!.action).toBe(QUADRANT_ACTIONS['low-ctr-high-cvr']);
    expect(r.items[2]!.action).toContain('主图');
    expect(r.items[1]!.action).toContain('详情页');
  });

  it('edited thresholds; a value equal to the threshold counts as high', () => {
    const r = classifyQuadrants(items, { ctr: 0.06, conversion: 0.04 });
    expect(r.items.map((i) => i.quadrant)).toEqual(['high-high', 'high-ctr-low-cvr', 'low-ctr-high-cvr', 'low-low', null]);
    const all = classifyQuadrants(items, { ctr: 0.01, conversion: 0.005 });
    expect(all.counts['high-high']).toBe(4);
  });
});

describe('search-term roots (inheritance method)', () => {
  const seg = nodeSegmenter();
  const term = (
    t: string,
    visitors: number,
    index: number | null = null,
    items: number | null = null,
  ): Parameters<typeof aggregateRoots>[0][number] => ({
    term: t,
    exposure: visitors * 10,
    visitors,
    clicks: visitors,
    payingBuyers: 1,
    amount: 10.5,
    searchIndex: index,
    competingItems: items,
  });

  it('each root sums the figures of every term containing it', () => {
    const roots = aggregateRoots([term('连帽卫衣女', 100, 2000, 1000), term('加绒连帽卫衣', 50, 1000, 4000), term('卫衣 女', 10)], seg);
    const get = (r: string) => roots.find((x) => x.root === r)!;
    expect(get('连帽卫衣')).toMatchObject({ terms: 2, visitors: 150, exposure: 1500, payingBuyers: 2, amount: 21 });
    expect(get('女')).toMatchObject({ terms: 2, visitors: 110 });
    expect(get('加绒')).toMatchObject({ terms: 1, visitors: 50 });
    // 竞争度 = Σ index / Σ items over terms with both: (2000 + 1000) / (1000 + 4000)
    expect(get('连帽卫衣').competition).toBeCloseTo(0.6);
    expect(get('卫衣').competition).toBeNull();
    expect(roots[0]!.root).toBe('连帽卫衣');
  });
});

describe('customer groups (hand-computed)', () => {
  const DAY = 86_400_000;
  const now = Date.UTC(2026, 10, 25, 4); // 12:00 in China
  const order = (id: string, buyer: string, daysAgo: number, amount: number, extra: Partial<Order> = {}): Order => ({
    key: `1688:${id}`,
    platform: '1688',
    orderId: id,
    buyer,
    createdAt: now - daysAgo * DAY,
    paidAt: null,
    status: 'success',
    amount,
    itemCount: 1,
    itemIds: ['1'],
    province: '浙江',
    capturedAt: now,
    ...extra,
  });
  const orders = [
    order('1', 'alice', 5, 3000),
    order('2', 'alice', 40, 2500, { itemCount: 3 }),
    order('3', 'bob', 10, 100, { province: '广东' }),
    order('4', 'carol', 60, 600),
    order('5', 'dave', 200, 50),
    order('6', 'dave', 100, 50),
    order('7', 'erin', 3, 99, { status: 'cancel' }),
  ];
  const report = groupCustomers(orders, now);
  const c = (b: string) => report.customers.find((x) => x.buyer === b)!;

  it('RFM per buyer with the default 5-point cut-offs', () => {
    expect(c('alice')).toMatchObject({ orders: 2, amount: 5500, recencyDays: 5, r: 5, f: 1, m: 5, multiItemOrders: 1 });
    expect(c('bob')).toMatchObject({ orders: 1, amount: 100, recencyDays: 10, r: 5, f: 1, m: 1, province: '广东' });
    expect(c('carol')).toMatchObject({ recencyDays: 60, r: 4, m: 2 });
    expect(c('dave')).toMatchObject({ orders: 2, amount: 100, recencyDays: 100, r: 2, firstOrderAt: now - 200 * DAY });
    // cancelled orders are not purchases
    expect(report.customers.find((x) => x.buyer === 'erin')).toBeUndefined();
  });

  it('lifecycle: new / active repeat / sleeping (31–90 days) / lost (> 90)', () => {
    expect([c('alice').lifecycle, c('bob').lifecycle, c('carol').lifecycle, c('dave').lifecycle]).toEqual([
      '活跃老客',
      '新客',
      '沉睡',
      '流失',
    ]);
    expect(report.lifecycle).toEqual({ 新客: 1, 活跃老客: 1, 沉睡: 1, 流失: 1 });
  });

  it('segments against the mean scores (r 4, f 1, m 2.25)', () => {
    // alice r5≥4 f1≥1 m5≥2.25 → 重要价值; bob r5 f1 m1 → 一般价值; carol r4 f1 m2 → 一般价值; dave r2 f1 m1 → 一般保持
    expect([c('alice').segment, c('bob').segment, c('carol').segment, c('dave').segment]).toEqual([
      '重要价值客户',
      '一般价值客户',
      '一般价值客户',
      '一般保持客户',
    ]);
  });

  it('repurchase by people (2 of 4) and by orders (2 repeat of 6)', () => {
    expect(report).toMatchObject({ buyers: 4, orders: 6, repurchaseByPeople: 0.5, multiItemBuyers: 1 });
    expect(report.repurchaseByOrders).toBeCloseTo(2 / 6);
  });

  it('province spread and hour of day in China time', () => {
    expect(report.provinces).toEqual([
      { province: '浙江', buyers: 3 },
      { province: '广东', buyers: 1 },
    ]);
    expect(report.hours[12]).toBe(6);
    expect(report.hours.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('cut-offs are editable', () => {
    const strict = groupCustomers(orders, now, { ...DEFAULT_CUTOFFS, activeDays: 7, lostDays: 30 });
    expect(strict.customers.find((x) => x.buyer === 'bob')!.lifecycle).toBe('沉睡');
  });
});
