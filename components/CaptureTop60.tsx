import { useState, type ReactElement } from 'react';
import { browser } from 'wxt/browser';
import type { SnapshotSaved } from '../lib/model/messages';
import { sendToBackground, sendToTab } from '../lib/messaging/protocol';

type Status =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'saved'; saved: SnapshotSaved; warnings: string[] }
  | { state: 'failed'; reason: string; missing: string[] };

/**
 * "采集前60": the content script parses the page as it is now, the background stores the snapshot (or
 * completes a recent partial one with this page). Nothing is written when the page cannot be parsed.
 */
export function CaptureTop60({ tabId, onOpenPanel }: { tabId: number; onOpenPanel: () => void }): ReactElement {
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  const capture = async (): Promise<void> => {
    setStatus({ state: 'working' });
    try {
      const parsed = await sendToTab(browser, tabId, 'search/parse', {});
      if (!parsed.ok) return setStatus({ state: 'failed', reason: parsed.reason, missing: parsed.missing });
      const saved = await sendToBackground(browser, 'snapshot/save', { page: parsed.value });
      setStatus({ state: 'saved', saved, warnings: parsed.warnings });
    } catch (error) {
      setStatus({ state: 'failed', reason: error instanceof Error ? error.message : String(error), missing: [] });
    }
  };

  return (
    <div className="capture" data-testid="capture">
      <button type="button" onClick={() => void capture()} disabled={status.state === 'working'}>
        {status.state === 'working' ? '正在采集…' : '采集前60'}
      </button>
      {status.state === 'saved' ? <SavedNote saved={status.saved} warnings={status.warnings} onOpenPanel={onOpenPanel} /> : null}
      {status.state === 'failed' ? (
        <p className="error" data-testid="capture-error">
          无法采集：{status.reason}
          {status.missing.length ? `（缺少：${status.missing.join('、')}）` : ''}。没有保存任何数据。
        </p>
      ) : null}
    </div>
  );
}

function SavedNote({ saved, warnings, onOpenPanel }: { saved: SnapshotSaved; warnings: string[]; onOpenPanel: () => void }): ReactElement {
  const pages = saved.pages.map((p) => `第${p}页`).join('+');
  return (
    <div data-testid="capture-saved" data-complete={saved.complete} data-count={saved.itemCount}>
      <p>
        {saved.merged ? '已补充到上一个快照' : '已保存快照'}：自然结果 <b>{saved.itemCount}</b>/60（{pages}），排除广告 {saved.adsExcluded} 个。
      </p>
      {saved.complete ? null : (
        <p className="muted">不足60个：翻到第{Math.max(...saved.pages) + 1}页后再点“采集前60”，会自动补足到同一个快照（30分钟内）。</p>
      )}
      {warnings.length ? <p className="muted">提示：{warnings.join('；')}</p> : null}
      <button type="button" className="secondary" onClick={onOpenPanel}>
        在侧边栏查看对标
      </button>
    </div>
  );
}
