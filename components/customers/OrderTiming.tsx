import type { ReactElement } from 'react';
import { describeHours, findBestHours, MIN_ORDERS_FOR_HOURS } from '../../lib/analysis/shop/order-timing';
import { formatShare } from '../../lib/text/display';
import { Bars } from '../Bars';

/** 下单时段: all 24 hours (zeros too) and the hours to bid up or down in paid search (分时折扣). */
export function OrderTiming({ hours }: { hours: readonly number[] }): ReactElement {
  const best = findBestHours(hours);
  return (
    <section data-testid="order-timing">
      <h2>下单时段（北京时间）</h2>
      <Bars rows={Array.from({ length: 24 }, (_, h) => ({ label: `${h}点`, value: hours[h] ?? 0 }))} testId="hours" unit=" 单" />
      {best.orders ? (
        <div className="small" data-testid="best-hours" data-peak={best.peakHours.join(',')}>
          <p>
            下单高峰：<b>{describeHours(best.peakHours)}</b>（{formatShare(best.peakShare)}{' '}
            的订单）——直通车/网销宝分时折扣在这些时段加大投放。
          </p>
          {best.quietHours.length ? <p>下单低谷：{describeHours(best.quietHours)}（合计不到一成订单）——可以少投或不投。</p> : null}
          {best.reliable ? null : (
            <p className="muted">
              只有 {best.orders} 笔有效订单（少于 {MIN_ORDERS_FOR_HOURS} 笔），时段结论仅供参考，订单多了再看更可靠。
            </p>
          )}
        </div>
      ) : null}
    </section>
  );
}
