import { useMemo, type ReactElement } from 'react';
import { analyzeCouponUse } from '../../lib/analysis/shop/coupons';
import type { Order } from '../../lib/model/records';
import { formatShare, formatYuan } from '../../lib/text/display';

/** 优惠券使用情况 (shop and platform), from order reports that carry discount columns. */
export function CouponUse({ orders }: { orders: readonly Order[] }): ReactElement {
  const use = useMemo(() => analyzeCouponUse(orders), [orders]);
  return (
    <section data-testid="coupon-use">
      <h2>优惠券和优惠</h2>
      {use ? (
        <>
          <p className="small" data-testid="coupon-summary" data-order-share={use.orderShare} data-buyer-share={use.buyerShare}>
            有优惠数据的 {use.ordersWithData} 笔订单里，<b>{formatShare(use.orderShare)}</b> 用了优惠（{use.ordersUsing} 笔）；买家里{' '}
            <b>{formatShare(use.buyerShare)}</b> 用过（{use.buyersUsing}/{use.buyersWithData} 人）；用了优惠的订单平均优惠{' '}
            <b>{formatYuan(use.averageDiscount)}</b>
            {use.averageDiscountRate !== null ? `，约占原价的 ${formatShare(use.averageDiscountRate)}` : ''}。
          </p>
          <table className="list small">
            <thead>
              <tr>
                <th>优惠</th>
                <th>使用的订单</th>
                <th>平均金额</th>
              </tr>
            </thead>
            <tbody>
              {use.byKind.map((k) => (
                <tr key={k.kind}>
                  <td>{k.label}</td>
                  <td>
                    {k.ordersUsing}/{k.ordersWithColumn}（{formatShare(k.share)}）
                  </td>
                  <td>{formatYuan(k.average)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small muted">用得多说明买家对价格敏感，可据此调整优惠券面额和门槛；用得少的优惠可以考虑换成别的形式。</p>
        </>
      ) : (
        <p className="small muted" data-testid="coupon-missing">
          订单里没有优惠数据。在“店铺”页导入带“店铺优惠”“平台优惠”“优惠券”或“优惠金额”列的订单报表后，这里会显示优惠券使用情况。
        </p>
      )}
    </section>
  );
}
