import { useState, type ReactElement } from 'react';
import { browser } from 'wxt/browser';
import { sendToTab } from '../../lib/messaging/protocol';
import { downloadFile } from '../../lib/runtime/download';
import { errorMessage } from '../../lib/text/error-message';

/**
 * 保存页面用于反馈: when a page was refused or only partly read, the seller saves it as one HTML file (buyer
 * data, phones, addresses, cookies and tokens removed) to send us; `npm run analyze` replays it.
 */
export function SaveReportButton({ tabId, outcome }: { tabId: number; outcome: string }): ReactElement {
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'failed'; text?: string }>({ kind: 'idle' });
  const save = (): void => {
    setState({ kind: 'saving' });
    sendToTab(browser, tabId, 'page/report-html', { outcome }).then(
      ({ html, fileName }) => {
        downloadFile(fileName, html, 'text/html;charset=utf-8');
        setState({ kind: 'saved', text: fileName });
      },
      (error: unknown) => setState({ kind: 'failed', text: errorMessage(error) }),
    );
  };
  return (
    <p className="small" data-testid="save-report">
      <button type="button" className="secondary small-button" onClick={save} disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? '正在保存…' : '保存页面用于反馈'}
      </button>{' '}
      {state.kind === 'saved' ? (
        <span className="muted">已保存 {state.text}（买家信息、手机号、地址、cookie 已去除），可以发给我们。</span>
      ) : null}
      {state.kind === 'failed' ? <span className="error">没有保存：{state.text}</span> : null}
      {state.kind === 'idle' ? <span className="muted">页面没读全时，保存一份给我们看看（不含买家信息）。</span> : null}
    </p>
  );
}
