import { useState, type ReactElement } from 'react';
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { CaptureSavedSchema } from '../lib/model/messages';
import { sendToBackground, sendToTab } from '../lib/messaging/protocol';
import { ChangeList } from './competitors/ChangeList';

type Saved = z.infer<typeof CaptureSavedSchema>;
type Status = { state: 'idle' } | { state: 'working' } | { state: 'saved'; saved: Saved; warnings: string[] } | { state: 'failed'; reason: string; missing: string[] };

/** "采集此页": parse the competitor's item page as it is now and store it as a new version. */
export function CaptureItem({ tabId, onOpenPanel }: { tabId: number; onOpenPanel: () => void }): ReactElement {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const capture = async (): Promise<void> => {
    setStatus({ state: 'working' });
    try {
      const parsed = await sendToTab(browser, tabId, 'item/parse', {});
      if (!parsed.ok) return setStatus({ state: 'failed', reason: parsed.reason, missing: parsed.missing });
      const saved = await sendToBackground(browser, 'capture/save', { page: parsed.value });
      setStatus({ state: 'saved', saved, warnings: parsed.warnings });
    } catch (error) {
      setStatus({ state: 'failed', reason: error instanceof Error ? error.message : String(error), missing: [] });
    }
  };
  return (
    <div className="capture" data-testid="capture-item">
      <button type="button" onClick={() => void capture()} disabled={status.state === 'working'}>
        {status.state === 'working' ? '正在采集…' : '采集此页'}
      </button>
      {status.state === 'saved' ? (
        <div data-testid="item-saved" data-version={status.saved.version}>
          <p>
            已保存{status.saved.version === 1 ? '，开始关注这个竞品' : `第 ${status.saved.version} 版`}。
          </p>
          {status.saved.changes ? <ChangeList changes={status.saved.changes} /> : null}
          {status.warnings.length ? <p className="muted">提示：{status.warnings.join('；')}</p> : null}
          <button type="button" className="secondary" onClick={onOpenPanel}>
            在侧边栏查看竞品
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
