import type { ReactElement } from 'react';
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { CaptureSavedSchema } from '../../lib/model/messages';
import { sendToBackground, sendToTab } from '../../lib/messaging/protocol';
import { ChangeList } from '../competitors/ChangeList';
import type { PopupActionProps } from './popup-features';
import { CaptureButton, CaptureError, CaptureWarnings, useCapture } from './use-capture';

type Saved = z.infer<typeof CaptureSavedSchema>;

/** "采集此页": parse the competitor's item page as it is now and store it as a new version. */
export function CaptureItem({ tabId, onOpenPanel }: PopupActionProps): ReactElement {
  const [status, capture] = useCapture<Saved>(async () => {
    const parsed = await sendToTab(browser, tabId, 'item/parse', {});
    if (!parsed.ok) return parsed;
    return { ok: true, result: await sendToBackground(browser, 'capture/save', { page: parsed.value }), warnings: parsed.warnings };
  });
  return (
    <div className="capture" data-testid="capture-item">
      <CaptureButton status={status} label="采集此页" onClick={capture} />
      {status.state === 'saved' ? (
        <div data-testid="item-saved" data-version={status.result.version}>
          <p>已保存{status.result.version === 1 ? '，开始关注这个竞品' : `第 ${status.result.version} 版`}。</p>
          {status.result.changes ? <ChangeList changes={status.result.changes} /> : null}
          <CaptureWarnings warnings={status.warnings} tabId={tabId} />
          <button type="button" className="secondary" onClick={() => onOpenPanel('competitors')}>
            在侧边栏查看竞品
          </button>
        </div>
      ) : null}
      <CaptureError status={status} tabId={tabId} />
    </div>
  );
}
