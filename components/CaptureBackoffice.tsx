import { useState, type ReactElement } from 'react';
import { browser } from 'wxt/browser';
import { BACKOFFICE_TAB_MESSAGES, type BackofficeSaved } from '../lib/model/messages';
import { sendToBackground, sendToTabMap } from '../lib/messaging/protocol';

type Status = { state: 'idle' } | { state: 'working' } | { state: 'saved'; saved: BackofficeSaved; sources: string[]; warnings: string[] } | { state: 'failed'; reason: string; missing: string[] };

/** "采集后台数据": the back-office frame of this tab parses its page; the background stores the records. */
export function CaptureBackoffice({ tabId, onOpenPanel }: { tabId: number; onOpenPanel: () => void }): ReactElement {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const capture = async (): Promise<void> => {
    setStatus({ state: 'working' });
    try {
      // The back-office frame may be an iframe (work.1688.com → offer.1688.com): the whole tab is asked.
      const parsed = await sendToTabMap(browser, tabId, BACKOFFICE_TAB_MESSAGES, 'backoffice/parse', {});
      if (!parsed.ok) return setStatus({ state: 'failed', reason: parsed.reason, missing: parsed.missing });
      const saved = await sendToBackground(browser, 'backoffice/save', { capture: parsed.value });
      setStatus({ state: 'saved', saved, sources: parsed.value.sources, warnings: parsed.warnings });
    } catch (error) {
      setStatus({ state: 'failed', reason: error instanceof Error ? error.message : String(error), missing: [] });
    }
  };
  return (
    <div className="capture" data-testid="capture-backoffice">
      <button type="button" onClick={() => void capture()} disabled={status.state === 'working'}>
        {status.state === 'working' ? '正在采集…' : '采集后台数据'}
      </button>
      {status.state === 'saved' ? (
        <div data-testid="backoffice-saved" data-listings={status.saved.listings} data-metrics={status.saved.metrics} data-orders={status.saved.orders}>
          <p>
            已保存：商品 {status.saved.listings} 个，数据 {status.saved.metrics} 行，订单 {status.saved.orders} 笔（{status.sources.join('、')}）。
          </p>
          {status.warnings.length ? <p className="muted">提示：{status.warnings.join('；')}</p> : null}
          <button type="button" className="secondary" onClick={onOpenPanel}>
            在侧边栏查看
          </button>
        </div>
      ) : null}
      {status.state === 'failed' ? (
        <p className="error" data-testid="capture-error">
          无法采集：{status.reason}
          {status.missing.length ? `（缺少：${status.missing.join('、')}）` : ''}。没有保存任何数据。
        </p>
      ) : null}
    </div>
  );
}
