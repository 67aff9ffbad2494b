import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactElement } from 'react';
import { collectBuyerHistories } from '../../lib/analysis/shop/buyer-history';
import { DEFAULT_CUTOFFS, groupCustomers, type CustomerReport, type RfmCutoffs } from '../../lib/analysis/shop/customers';
import { deleteOrders, listListings, listOrders } from '../../lib/db/backoffice';
import { deleteContacts, listContacts } from '../../lib/db/contacts';
import { readSettings } from '../../lib/db/settings-store';
import { ConfirmDelete } from '../data/ConfirmDelete';
import { CouponUse } from './CouponUse';
import { CrowdList } from './CrowdList';
import { OrderTiming } from './OrderTiming';
import { RevisitList } from './RevisitList';
import { PLATFORM_LABELS } from '../../lib/model/page';
import type { Order } from '../../lib/model/records';
import type { Table } from '../../lib/export/snapshot-rows';
import { Bars } from '../Bars';
import { EmptyState } from '../EmptyState';
import { ExportButtons } from '../ExportButtons';
import { dateTimeFormat, formatShare, formatYuan } from '../../lib/text/display';

/** 客户 tab: customer groups from the sold orders captured or imported (all local). */
export function CustomersPane(): ReactElement {
  const orders = useLiveQuery(() => listOrders(), []);
  const contacts = useLiveQuery(() => listContacts(), []);
  const settings = useLiveQuery(() => readSettings(), []);
  const listings = useLiveQuery(() => listListings(), []);
  const [cutoffs, setCutoffs] = useState<RfmCutoffs>(DEFAULT_CUTOFFS);
  // "Now" is fixed when the tab opens so figures do not drift while the user reads them.
  const [now] = useState(() => Date.now());
  const report = useMemo(() => (orders ? groupCustomers(orders, now, cutoffs) : null), [orders, now, cutoffs]);
  // Orders captured from pages may name items by id only: my listings give them their titles.
  const itemTitles = useMemo(() => new Map((listings ?? []).map((l) => [l.itemId, l.title])), [listings]);
  // Grouped by buyer once for both the 回访清单 and the crowds (marking a contact does not regroup them).
  const histories = useMemo(() => collectBuyerHistories(orders ?? [], itemTitles), [orders, itemTitles]);
  if (!orders || !report || !contacts || !settings) return <p className="muted">读取中…</p>;
  if (!orders.length) {
    return (
      <EmptyState title="还没有订单">
        打开
        1688“已卖出的货品”或淘宝“已卖出的宝贝”，点插件按钮“采集后台数据”；也可以在“店铺”页导入订单导出表。订单只保存在本机，打码的买家信息保持打码。
      </EmptyState>
    );
  }
  return (
    <div data-testid="customers-pane">
      <p data-testid="customer-summary">
        买家 <b>{report.buyers}</b> 人 · 有效订单 <b>{report.orders}</b> 笔 · 复购率（按人）<b>{formatShare(report.repurchaseByPeople)}</b>{' '}
        · 复购率（按单）
        <b>{formatShare(report.repurchaseByOrders)}</b> · 一单多件的买家 {report.multiItemBuyers} 人
      </p>
      <RevisitList histories={histories} contacts={contacts} settings={settings} now={now} />
      <CrowdList histories={histories} contacts={contacts} now={now} lapsedDays={settings.revisitLapsedDays} />
      <h2>生命周期</h2>
      <Bars rows={Object.entries(report.lifecycle).map(([label, value]) => ({ label, value }))} testId="lifecycle" unit=" 人" />
      <h2>RFM 分群</h2>
      <Bars rows={Object.entries(report.segments).map(([label, value]) => ({ label, value }))} testId="segments" unit=" 人" />
      <CutoffEditor cutoffs={cutoffs} onChange={setCutoffs} />
      <h2>收货地区</h2>
      <Bars rows={report.provinces.slice(0, 10).map((p) => ({ label: p.province, value: p.buyers }))} testId="provinces" unit=" 人" />
      <OrderTiming hours={report.hours} />
      <CouponUse orders={orders} />
      <h2>客户名单</h2>
      <ExportButtons table={() => customersTable(report)} fileName={(ext) => `对标_客户分组.${ext}`} testId="export-customers" />
      <table className="list small" data-testid="customer-table">
        <thead>
          <tr>
            <th>买家</th>
            <th>订单</th>
            <th>金额</th>
            <th>最近</th>
            <th>RFM</th>
            <th>分群</th>
          </tr>
        </thead>
        <tbody>
          {report.customers.slice(0, 100).map((c) => (
            <tr key={c.buyer}>
              <td>{c.buyer}</td>
              <td>{c.orders}</td>
              <td>{formatYuan(c.amount)}</td>
              <td>{c.recencyDays} 天前</td>
              <td>
                {c.r}
                {c.f}
                {c.m}
              </td>
              <td>
                {c.segment}
                <div className="muted">{c.lifecycle}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>订单数据</h2>
      <DeleteOrders orders={orders} />
    </div>
  );
}

/** One delete per platform present: buyer data the seller no longer wants kept. */
function DeleteOrders({ orders }: { orders: readonly Order[] }): ReactElement {
  const byPlatform = new Map<Order['platform'], number>();
  for (const o of orders) byPlatform.set(o.platform, (byPlatform.get(o.platform) ?? 0) + 1);
  return (
    <p className="small">
      {[...byPlatform].map(([platform, n]) => (
        <ConfirmDelete
          key={platform}
          label={`删除${PLATFORM_LABELS[platform]}订单（${n} 笔）`}
          what={`${PLATFORM_LABELS[platform]}的 ${n} 笔订单及其中的买家信息（连同回访清单里这个平台的联系记录）`}
          onDelete={async () => {
            const deleted = await deleteOrders(platform);
            const contacts = await deleteContacts(platform);
            return `已删除 ${deleted} 笔订单${contacts ? `和 ${contacts} 条联系记录` : ''}`;
          }}
          testId={`delete-orders-${platform}`}
        />
      ))}
    </p>
  );
}

function customersTable(report: CustomerReport): Table {
  return {
    name: '客户分组',
    headers: [
      '买家',
      '订单数',
      '金额',
      '首次下单',
      '最近下单',
      '距今天数',
      'R',
      'F',
      'M',
      'RFM分群',
      '生命周期',
      '一单多件次数',
      '收货地区',
    ],
    rows: report.customers.map((c) => [
      c.buyer,
      c.orders,
      c.amount,
      dateTimeFormat.format(c.firstOrderAt),
      dateTimeFormat.format(c.lastOrderAt),
      c.recencyDays,
      c.r,
      c.f,
      c.m,
      c.segment,
      c.lifecycle,
      c.multiItemOrders,
      c.province,
    ]),
  };
}

/** The RFM cut-offs and lifecycle days, editable (defaults from domain-rules.md §7). */
function CutoffEditor({ cutoffs, onChange }: { cutoffs: RfmCutoffs; onChange: (c: RfmCutoffs) => void }): ReactElement {
  const field = (label: string, value: readonly number[], apply: (v: [number, number, number, number]) => RfmCutoffs): ReactElement => (
    <label className="field small">
      {label}
      <input
        type="text"
        defaultValue={value.join(',')}
        onBlur={(e) => {
          const v = e.target.value.split(/[,，\s]+/).map(Number);
          if (v.length === 4 && v.every(Number.isFinite)) onChange(apply(v as [number, number, number, number]));
        }}
      />
    </label>
  );
  return (
    <details>
      <summary className="small">调整 RFM 分档和生命周期天数</summary>
      {field('R：距今天数 5/4/3/2 分上限', cutoffs.recencyDays, (v) => ({ ...cutoffs, recencyDays: v }))}
      {field('F：订单数 5/4/3/2 分下限', cutoffs.frequency, (v) => ({ ...cutoffs, frequency: v }))}
      {field('M：金额 5/4/3/2 分下限', cutoffs.monetary, (v) => ({ ...cutoffs, monetary: v }))}
      <label className="field small">
        活跃天数
        <input
          type="number"
          defaultValue={cutoffs.activeDays}
          onBlur={(e) => onChange({ ...cutoffs, activeDays: Number(e.target.value) || DEFAULT_CUTOFFS.activeDays })}
        />
        流失天数
        <input
          type="number"
          defaultValue={cutoffs.lostDays}
          onBlur={(e) => onChange({ ...cutoffs, lostDays: Number(e.target.value) || DEFAULT_CUTOFFS.lostDays })}
        />
      </label>
    </details>
  );
}
