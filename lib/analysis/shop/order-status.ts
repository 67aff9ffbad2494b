/**
 * Whether an order counts as a purchase for customer analysis. Closed, unpaid and fully refunded orders do
 * not: as status codes (1688 cancel / waitbuyerpay; Taobao TRADE_CLOSED …) and as the texts order pages and
 * exports show (交易关闭, 等待买家付款, 退款成功 …).
 */
const NOT_PURCHASED_CODES = new Set([
  'cancel',
  'waitbuyerpay',
  'TRADE_CLOSED',
  'TRADE_CLOSED_BY_TAOBAO',
  'WAIT_BUYER_PAY',
  'TRADE_NO_CREATE_PAY',
]);
const NOT_PURCHASED_TEXT = /交易关闭|订单关闭|已关闭|等待买家付款|待付款|未付款|退款成功|已退款|已取消|交易取消/;

export function isPurchased(status: string): boolean {
  const s = status.trim();
  return !NOT_PURCHASED_CODES.has(s) && !NOT_PURCHASED_TEXT.test(s);
}
