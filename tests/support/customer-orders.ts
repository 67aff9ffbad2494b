import type { Order } from '../../lib/model/records';
import { DAY_MS } from '../../lib/text/china-date';

/**
 * A constructed order set for the revisit list and the crowds, small enough to compute by hand. "Now" is
 * 2026-11-25 12:00 China time; every order is placed a whole number of days before it.
 *
 * | buyer (platform)  | orders (days ago; items)                                                   |
 * |-------------------|----------------------------------------------------------------------------|
 * | a**1 (taobao)     | 100 #1, 50 #1, 10 #2 valid; 5 交易关闭                                      |
 * | b**2              | 200 #1, 150 #3, 100 #3, 70 #4                                               |
 * | c**3              | 400, 300, 200, 100, 50, 3 — all #5                                          |
 * | d**4              | 120, 8 valid; 6 等待买家付款; 4 TRADE_CLOSED                                 |
 * | e**5              | 20: 2 pieces, #9                                                            |
 * | f**6              | 90 #7                                                                       |
 * | g**7              | 400: 3 pieces, title 围巾 (no id)                                            |
 * | h**8              | 15, 14, 13: 2 pieces of #6, all 交易关闭                                     |
 * | i**9              | 35: 2 pieces WAIT_BUYER_PAY; 30: 1 piece valid                              |
 * | j**0 (1688)       | 60, 40, 12 (success)                                                        |
 * | k**1              | 100, 70, 40                                                                 |
 * | l**2              | 90, 60, 25                                                                  |
 * | a**1 (1688)       | 2 (waitsellersend): another buyer than Taobao's a**1                        |
 */
export const DAY = DAY_MS;
export const NOW = Date.UTC(2026, 10, 25, 4); // 2026-11-25 12:00 China

type Spec = { days: number; status?: string; pieces?: number; ids?: string[]; titles?: string[] };

const SPECS: Record<string, Spec[]> = {
  'taobao:a**1': [
    { days: 100, ids: ['1'] },
    { days: 50, ids: ['1'] },
    { days: 10, ids: ['2'] },
    { days: 5, status: '交易关闭', ids: ['1'] },
  ],
  'taobao:b**2': [
    { days: 200, ids: ['1'] },
    { days: 150, ids: ['3'] },
    { days: 100, ids: ['3'] },
    { days: 70, ids: ['4'] },
  ],
  'taobao:c**3': [400, 300, 200, 100, 50, 3].map((days) => ({ days, ids: ['5'] })),
  'taobao:d**4': [{ days: 120 }, { days: 8 }, { days: 6, status: '等待买家付款' }, { days: 4, status: 'TRADE_CLOSED' }],
  'taobao:e**5': [{ days: 20, pieces: 2, ids: ['9'] }],
  'taobao:f**6': [{ days: 90, ids: ['7'] }],
  'taobao:g**7': [{ days: 400, pieces: 3, titles: ['围巾'] }],
  'taobao:h**8': [15, 14, 13].map((days) => ({ days, status: '交易关闭', pieces: 2, ids: ['6'] })),
  'taobao:i**9': [{ days: 35, status: 'WAIT_BUYER_PAY', pieces: 2 }, { days: 30 }],
  '1688:j**0': [{ days: 60 }, { days: 40 }, { days: 12 }],
  'taobao:k**1': [{ days: 100 }, { days: 70 }, { days: 40 }],
  'taobao:l**2': [{ days: 90 }, { days: 60 }, { days: 25 }],
  '1688:a**1': [{ days: 2, status: 'waitsellersend' }],
};

let serial = 0;
function orderOf(buyerKey: string, spec: Spec): Order {
  const [platform, buyer] = buyerKey.split(':') as [Order['platform'], string];
  const orderId = String(1000 + ++serial);
  return {
    key: `${platform}:${orderId}`,
    platform,
    orderId,
    buyer,
    createdAt: NOW - spec.days * DAY,
    paidAt: null,
    status: spec.status ?? (platform === '1688' ? 'success' : '交易成功'),
    amount: 50,
    itemCount: spec.pieces ?? 1,
    itemIds: spec.ids ?? [],
    province: null,
    ...(spec.titles ? { itemTitles: spec.titles } : {}),
    capturedAt: NOW,
  };
}

export const ORDERS: readonly Order[] = Object.entries(SPECS).flatMap(([key, specs]) => specs.map((s) => orderOf(key, s)));

/** The orders of one buyer (`platform:buyer`), oldest spec first. */
export function buyerOrders(buyerKey: string): Order[] {
  return ORDERS.filter((o) => `${o.platform}:${o.buyer}` === buyerKey);
}
