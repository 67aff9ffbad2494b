import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactElement } from 'react';
import { dismissAlerts, listOpenAlerts } from '../../lib/db/history';
import { ALERT_KIND_LABELS, type Alert } from '../../lib/model/history';
import { PLATFORM_LABELS } from '../../lib/model/page';
import { describeAlert } from '../../lib/text/describe-alert';
import { dateTimeFormat } from '../../lib/text/display';
import { EmptyState } from '../EmptyState';
import { PlatformImage } from '../PlatformImage';

/** 动态: what changed since the previous capture of a search or an item, newest first; each can be dismissed. */
export function AlertList(): ReactElement {
  const alerts = useLiveQuery(() => listOpenAlerts(), []);
  if (alerts === undefined) return <p className="muted">读取中…</p>;
  if (alerts.length === 0) {
    return (
      <EmptyState title="没有新动态">
        同一个关键词再次“采集前60”、或再次采集一个竞品页面后，这里会列出变化：降价或涨价（幅度在设置里调）、标题修改、主图更换、进入或跌出前10、我的排名变化5名以上。
      </EmptyState>
    );
  }
  const dismiss = async (id: number | null): Promise<void> => {
    await dismissAlerts(id, Date.now());
  };
  return (
    <>
      <p className="actions centred">
        <span className="muted">{alerts.length} 条未读</span>
        <button type="button" className="secondary" onClick={() => void dismiss(null)} data-testid="alerts-dismiss-all">
          全部标为已读
        </button>
      </p>
      <table className="list" data-testid="alert-list">
        <tbody>
          {alerts.map((a) => (
            <AlertRow key={a.id} alert={a} onDismiss={() => void dismiss(a.id!)} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function AlertRow({ alert, onDismiss }: { alert: Alert; onDismiss: () => void }): ReactElement {
  return (
    <tr data-kind={alert.kind} data-item={alert.itemId} data-testid="alert">
      <td>
        <span className={`tag${alert.mine ? ' ok' : ''}`}>
          {alert.mine ? `我的·${ALERT_KIND_LABELS[alert.kind]}` : ALERT_KIND_LABELS[alert.kind]}
        </span>
        <div>{alert.title || alert.itemId}</div>
        <div className="small">{describeAlert(alert)}</div>
        {alert.kind === 'image-changed' ? (
          <div className="thumbs">
            <PlatformImage src={typeof alert.from === 'string' ? alert.from : null} />
            <PlatformImage src={typeof alert.to === 'string' ? alert.to : null} />
          </div>
        ) : null}
        <div className="small muted">
          {PLATFORM_LABELS[alert.platform]}
          {alert.keyword ? ` · 搜索「${alert.keyword}」` : ' · 商品页'} · {dateTimeFormat.format(alert.createdAt)}
        </div>
      </td>
      <td>
        <button type="button" className="secondary nowrap" onClick={onDismiss} data-testid="alert-dismiss">
          已读
        </button>
      </td>
    </tr>
  );
}
