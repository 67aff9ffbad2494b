import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactElement } from 'react';
import { listRecentVisits } from '../../lib/db/visits';
import { PAGE_KIND_LABELS, PLATFORM_LABELS } from '../../lib/model/page';
import { EmptyState } from '../EmptyState';

const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'medium' });

/** Recently recognised platform pages, newest first, live from IndexedDB. */
export function VisitList(): ReactElement {
  const visits = useLiveQuery(() => listRecentVisits(50), []);
  if (visits === undefined) return <p className="muted">读取中…</p>;
  if (visits.length === 0) {
    return <EmptyState title="还没有记录">打开淘宝、天猫或1688 的搜索页、商品页或卖家后台，识别到的页面会出现在这里。</EmptyState>;
  }
  return (
    <table className="list" data-testid="visit-list">
      <thead>
        <tr>
          <th>时间</th>
          <th>页面</th>
          <th>关键词 / 商品</th>
        </tr>
      </thead>
      <tbody>
        {visits.map((v) => (
          <tr key={v.id} data-kind={v.kind} data-platform={v.platform ?? ''}>
            <td className="muted">{timeFormat.format(v.seenAt)}</td>
            <td>
              {v.platform ? PLATFORM_LABELS[v.platform] : '其他'} · {PAGE_KIND_LABELS[v.kind]}
            </td>
            <td title={v.url}>{v.keyword ?? v.itemId ?? v.title}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
