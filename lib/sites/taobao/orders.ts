import { readProvince } from '../../text/province';
import { parseChinaTime, withTitles, type OrderDraft } from '../backoffice/tables';
import { at, readArray, readFirstString, readString } from '../json-read';

/**
 * 已卖出的宝贝 from the page's own `asyncSold.htm` response (pages-taobao.md, public scraper code ⚠: no capture
 * seen): `mainOrders[].{orderInfo.{id, createTime}, buyer.{nick}, payInfo.{actualFee}, statusInfo.{text},
 * subOrders[].{itemInfo.{title, itemUrl, skuText}, quantity}}`, `page.{currentPage, totalNumber}`. Money in
 * yuan strings. The buyer nick is kept as the page shows it (often masked); nothing else of the buyer is read.
 * Returns null when the response is not an order list.
 */
export function parseTaobaoSoldOrders(json: unknown): { orders: OrderDraft[]; total: number | null } | null {
  const list = at(json, 'mainOrders') ?? at(json, 'data.mainOrders');
  if (!Array.isArray(list)) return null;
  const orders = list
    .map((o): OrderDraft | null => {
      const orderId = readFirstString(o, ['orderInfo.id', 'id']);
      const buyer = readFirstString(o, ['buyer.nick', 'buyer.buyerNick']);
      const createdAt = parseChinaTime(readString(o, 'orderInfo.createTime') ?? '');
      if (!orderId || !buyer || createdAt === null) return null;
      const subOrders = readArray(o, 'subOrders');
      const quantity = subOrders.reduce<number>((sum, s) => sum + Math.max(1, Number(readString(s, 'quantity')) || 1), 0);
      const amount = Number(readFirstString(o, ['payInfo.actualFee', 'payInfo.totalFee']));
      return {
        key: `taobao:${orderId}`,
        platform: 'taobao',
        orderId,
        buyer,
        createdAt,
        paidAt: null,
        status: readFirstString(o, ['statusInfo.text', 'statusInfo.status']) ?? '',
        amount: Number.isFinite(amount) && amount >= 0 ? amount : null,
        // Pieces bought in this order (a line with quantity 3 is three pieces): what 一单多件 counts.
        itemCount: Math.max(1, quantity),
        itemIds: subOrders
          .map((s) => /[?&]id=(\d+)/.exec(readString(s, 'itemInfo.itemUrl') ?? '')?.[1] ?? null)
          .filter((x): x is string => !!x),
        province: readProvince(readString(o, 'receiverInfo.province')),
        ...withTitles(subOrders.map((s) => readString(s, 'itemInfo.title') ?? '')),
      };
    })
    .filter((o): o is OrderDraft => o !== null);
  const total = Number(readString(json, 'page.totalNumber') ?? readString(json, 'data.page.totalNumber'));
  return { orders, total: Number.isFinite(total) ? total : null };
}
