import { describe, expect, it } from 'vitest';
import { isPurchased } from '../../../lib/analysis/shop/order-status';

describe('order status', () => {
  it.each(['success', 'waitsellersend', 'TRADE_FINISHED', '交易成功', '卖家已发货', '买家已付款'])('%s counts as a purchase', (s) => {
    expect(isPurchased(s)).toBe(true);
  });
  it.each(['cancel', 'waitbuyerpay', 'TRADE_CLOSED', 'WAIT_BUYER_PAY', '交易关闭', '等待买家付款', '退款成功', '已取消'])(
    '%s does not',
    (s) => {
      expect(isPurchased(s)).toBe(false);
    },
  );
});
