import { fenToYuan } from '../../text/money';
import { readProvince } from '../../text/province';
import { parseChinaTime, withTitles, type OrderDraft } from '../backoffice/tables';
import { at, readArray, readFirstString, readString } from '../json-read';

/**
 * 已卖出的货品 from the page's own `mtop.1688.trading.dataline.service` response
 * (OrderListDataLineService.sellerOrderList, pages-1688.md §3.3): `data.data.result` is a JSON string
 * `{data:{data:[orders], total, pages, pageSize}}`. Money is in fen. Masked buyer fields stay masked:
 * only the buyer's login id (as shown) is kept, as the key that groups a buyer's orders.
 * Returns null when the response is not an order list.
 */
export function parse1688SellerOrders(json: unknown): { orders: OrderDraft[]; total: number | null } | null {
  const result = at(json, 'data.data.result') ?? at(json, 'data.result');
  let payload: unknown = result;
  if (typeof result === 'string') {
    try {
      payload = JSON.parse(result);
    } catch {
      return null;
    }
  }
  const list = at(payload, 'data.data') ?? at(payload, 'data');
  if (!Array.isArray(list)) return null;
  const orders = list
    .map((o): OrderDraft | null => {
      const orderId = readFirstString(o, ['idStr', 'id']);
      const buyer = readFirstString(o, ['buyerInfo.loginId', 'buyerInfo.nick']);
      const paid = Number(readString(o, 'gmtPayment'));
      const createdAt = parseChinaTime(readString(o, 'gmtCreate') ?? '') ?? (Number.isFinite(paid) && paid > 0 ? paid : null);
      if (!orderId || !buyer || createdAt === null) return null;
      const entries = readArray(o, 'orderEntries');
      return {
        key: `1688:${orderId}`,
        platform: '1688',
        orderId,
        buyer,
        createdAt,
        paidAt: Number.isFinite(paid) && paid > 0 ? paid : null,
        status: readString(o, 'status') ?? '',
        amount: fenToYuan(readString(o, 'sumPayment')),
        itemCount: Math.max(1, entries.length),
        itemIds: entries.map((e) => readString(e, 'sourceId')).filter((x): x is string => !!x),
        // ⚠ the receiver block is masked in the list; its province field name is not documented.
        province: readProvince(readFirstString(o, ['receiverInfo.toProvince', 'receiverInfo.toArea', 'receiverInfo.province'])),
        ...withTitles(entries.map((e) => readString(e, 'productName') ?? '')),
      };
    })
    .filter((o): o is OrderDraft => o !== null);
  const total = Number(readString(payload, 'data.total'));
  return { orders, total: Number.isFinite(total) ? total : null };
}
