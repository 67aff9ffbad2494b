import { useMemo, type ReactElement } from 'react';
import type { BuyerHistory } from '../../lib/analysis/shop/buyer-history';
import { buildCrowdsOf } from '../../lib/analysis/shop/crowds';
import { crowdTable } from '../../lib/export/customer-action-rows';
import type { Contact } from '../../lib/model/records';
import { ExportButtons } from '../ExportButtons';

/**
 * 目标人群 (seed 002's recommended crowds) from the orders, each with its size and an export for the
 * platform's own messaging tools; crowds that need browsing data say so instead of showing a number.
 */
export function CrowdList({
  histories,
  contacts,
  now,
  lapsedDays,
}: {
  /** Buyers' valid orders, collected once by the 客户 tab. */
  histories: readonly BuyerHistory[];
  contacts: readonly Contact[];
  now: number;
  lapsedDays: number;
}): ReactElement {
  const report = useMemo(() => buildCrowdsOf(histories, { now, lapsedDays }), [histories, now, lapsedDays]);
  const lastContacted = useMemo(() => {
    const last = new Map<string, number>();
    for (const c of contacts) last.set(c.buyerKey, Math.max(last.get(c.buyerKey) ?? 0, c.contactedAt));
    return last;
  }, [contacts]);
  return (
    <section data-testid="crowds">
      <h2>目标人群</h2>
      <p className="small muted">
        按营销目的选人群，分组发送，不要群发。导出的名单可以用在平台自己的客户运营、短信工具里（买家名保持平台给出的样子）；“最近联系”一列是在回访清单里标记的日期。
      </p>
      <table className="list small">
        <thead>
          <tr>
            <th>人群</th>
            <th>人数</th>
            <th>导出</th>
          </tr>
        </thead>
        <tbody>
          {report.crowds.map((crowd) => (
            <tr key={crowd.id} data-testid={`crowd-${crowd.id}`} data-size={crowd.size ?? ''}>
              <td>
                <b>{crowd.name}</b>
                <div className="muted">{crowd.definition}</div>
                {crowd.id === 'hot-items' && report.hotItems.length ? (
                  <div className="muted">热销款：{report.hotItems.map((i) => `${i.label}（${i.orders} 单）`).join('；')}</div>
                ) : null}
              </td>
              <td>{crowd.available ? `${crowd.size} 人` : <span className="muted">订单数据里没有</span>}</td>
              <td>
                {crowd.available ? (
                  crowd.size ? (
                    <ExportButtons
                      table={() => crowdTable(crowd, lastContacted)}
                      fileName={(ext) => `对标_人群_${crowd.name}.${ext}`}
                      testId={`export-crowd-${crowd.id}`}
                    />
                  ) : (
                    <span className="muted">没有人</span>
                  )
                ) : (
                  <span className="muted">{crowd.why}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
