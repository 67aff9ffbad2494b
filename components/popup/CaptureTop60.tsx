import type { ReactElement } from 'react';
import { browser } from 'wxt/browser';
import type { SnapshotSaved } from '../../lib/model/messages';
import { sendToBackground, sendToTab } from '../../lib/messaging/protocol';
import type { PopupActionProps } from './popup-features';
import { CaptureButton, CaptureError, CaptureWarnings, useCapture } from './use-capture';

/**
 * "采集前60": the content script parses the page as it is now, the background stores the snapshot (or
 * completes a recent partial one with this page). Nothing is written when the page cannot be parsed.
 */
export function CaptureTop60({ tabId, onOpenPanel }: PopupActionProps): ReactElement {
  const [status, capture] = useCapture<SnapshotSaved>(async () => {
    const parsed = await sendToTab(browser, tabId, 'search/parse', {});
    if (!parsed.ok) return parsed;
    return { ok: true, result: await sendToBackground(browser, 'snapshot/save', { page: parsed.value }), warnings: parsed.warnings };
  });
  return (
    <div className="capture" data-testid="capture">
      <CaptureButton status={status} label="采集前60" onClick={capture} />
      {status.state === 'saved' ? (
        <SavedNote saved={status.result} warnings={status.warnings} tabId={tabId} onOpenPanel={() => onOpenPanel('benchmark')} />
      ) : null}
      <CaptureError status={status} tabId={tabId} />
    </div>
  );
}

function SavedNote({
  saved,
  warnings,
  tabId,
  onOpenPanel,
}: {
  saved: SnapshotSaved;
  warnings: string[];
  tabId: number;
  onOpenPanel: () => void;
}): ReactElement {
  const pages = saved.pages.map((p) => `第${p}页`).join('+');
  return (
    <div data-testid="capture-saved" data-complete={saved.complete} data-count={saved.itemCount}>
      <p>
        {saved.merged ? '已补充到上一个快照' : '已保存快照'}：自然结果 <b>{saved.itemCount}</b>/60（{pages}），排除广告 {saved.adsExcluded}{' '}
        个。
      </p>
      {saved.complete ? null : (
        <p className="muted">不足60个：翻到第{Math.max(...saved.pages) + 1}页后再点“采集前60”，会自动补足到同一个快照（30分钟内）。</p>
      )}
      <CaptureWarnings warnings={warnings} tabId={tabId} />
      <button type="button" className="secondary" onClick={onOpenPanel}>
        在侧边栏查看对标
      </button>
    </div>
  );
}
