import { groupCustomers } from '../../../lib/analysis/shop/customers';
import { classifyQuadrants } from '../../../lib/analysis/shop/quadrants';
import type { Order } from '../../../lib/model/records';
import { compare, type BenchResult } from '../measure';

function makeOrders(n: number): Order[] {
  let seed = 7;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const now = Date.UTC(2026, 10, 25);
  const provinces = ['浙江', '广东', '江苏', '上海', '福建', '山东', '河南'];
  return Array.from({ length: n }, (_, i) => ({
    key: `1688:${i}`,
    platform: '1688' as const,
    orderId: String(i),
    buyer: `b***${Math.floor(rand() * n * 0.3)}`,
    createdAt: now - Math.floor(rand() * 365 * 86_400_000),
    paidAt: null,
    status: rand() < 0.05 ? 'cancel' : 'success',
    amount: Math.round(rand() * 100000) / 100,
    itemCount: 1 + Math.floor(rand() * 3),
    itemIds: ['1'],
    province: provinces[Math.floor(rand() * provinces.length)]!,
    capturedAt: now,
  }));
}

/**
 * Customer grouping of 100,000 orders, against a plain single pass that only sums orders and money per
 * buyer in a Map (the least any grouping must do); quadrants of 5,000 items against a single pass that
 * only compares each item with fixed thresholds.
 */
export async function benchShop(): Promise<BenchResult[]> {
  const orders = makeOrders(100_000);
  const now = Date.UTC(2026, 10, 25);
  const grouping = await compare(
    'customer groups of 100,000 orders (RFM, lifecycle, segments, repurchase, provinces, hours)',
    () => groupCustomers(orders, now),
    'single pass: orders and money per buyer in a Map',
    () => {
      const m = new Map<string, [number, number]>();
      for (const o of orders) {
        const e = m.get(o.buyer);
        if (e) {
          e[0]++;
          e[1] += o.amount ?? 0;
        } else m.set(o.buyer, [1, o.amount ?? 0]);
      }
      return m;
    },
    6,
    1,
  );
  const items = Array.from({ length: 5000 }, (_, i) => ({
    id: String(i),
    title: `商品${i}`,
    ctr: ((i * 7919) % 1000) / 10000,
    conversion: ((i * 104729) % 1000) / 20000,
  }));
  const quadrants = await compare(
    'four quadrants of 5,000 items (median thresholds, actions, counts)',
    () => classifyQuadrants(items),
    'single pass against fixed thresholds',
    () => items.map((i) => (i.ctr >= 0.05 ? (i.conversion >= 0.025 ? 0 : 1) : i.conversion >= 0.025 ? 2 : 3)),
    15,
    5,
  );
  return [grouping, quadrants];
}
