import { useEffect, useState, type ReactElement } from 'react';
import { browser } from 'wxt/browser';
import { CaptureBackoffice } from '../../components/CaptureBackoffice';
import { CaptureItem } from '../../components/CaptureItem';
import { CaptureTop60 } from '../../components/CaptureTop60';
import { EmptyState } from '../../components/EmptyState';
import { PAGE_CAPABILITIES } from '../../components/page-capabilities';
import { PageSummary } from '../../components/PageSummary';
import type { PageReport } from '../../lib/model/messages';
import { sendToTab } from '../../lib/messaging/protocol';
import { openSidePanel, resolveTargetTab } from '../../lib/runtime/target-tab';

type PopupState =
  { status: 'loading' } | { status: 'page'; tabId: number; page: PageReport } | { status: 'unsupported'; tabId: number | null };

export function App(): ReactElement {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const tabId = await resolveTargetTab();
      if (tabId === null) return setState({ status: 'unsupported', tabId });
      try {
        const page = await sendToTab(browser, tabId, 'page/describe', {});
        setState({ status: 'page', tabId, page });
      } catch {
        // No content script answered: not a Taobao / Tmall / 1688 page, or it was open before install.
        setState({ status: 'unsupported', tabId });
      }
    })();
  }, []);

  const tabId = state.status === 'loading' ? null : state.tabId;
  const openPanel = (): void => {
    openSidePanel(tabId).then(
      () => window.close(),
      (e: unknown) => setError(String(e)),
    );
  };
  return (
    <main className="pane" style={{ width: 340, boxSizing: 'border-box' }}>
      <h1>对标 · 首页前60对比</h1>
      {state.status === 'loading' ? <p className="muted">正在识别当前页面…</p> : null}
      {state.status === 'unsupported' ? (
        <EmptyState title="当前页面不是淘宝、天猫或1688页面">
          打开淘宝/天猫/1688 的搜索结果页、商品页或卖家后台后再点这里。若页面是在安装插件之前打开的，请刷新一下。
        </EmptyState>
      ) : null}
      {state.status === 'page' ? <PageCapabilities page={state.page} /> : null}
      {state.status === 'page' && state.page.kind === 'search' ? <CaptureTop60 tabId={state.tabId} onOpenPanel={openPanel} /> : null}
      {state.status === 'page' && state.page.kind === 'item' ? <CaptureItem tabId={state.tabId} onOpenPanel={openPanel} /> : null}
      {state.status === 'page' && isBackoffice(state.page) ? <CaptureBackoffice tabId={state.tabId} onOpenPanel={openPanel} /> : null}
      <p>
        <button type="button" className="secondary" onClick={openPanel}>
          打开侧边栏
        </button>
      </p>
      {error ? <p className="error">{error}</p> : null}
    </main>
  );
}

/** Back-office pages, and the workbench shells that show them in an iframe (work.1688.com, 千牛). */
function isBackoffice(page: PageReport): boolean {
  if (page.kind === 'backoffice-list' || page.kind === 'orders' || page.kind === 'analytics') return true;
  try {
    return ['work.1688.com', 'myseller.taobao.com', 'qn.taobao.com'].includes(new URL(page.url).hostname);
  } catch {
    return false;
  }
}

function PageCapabilities({ page }: { page: PageReport }): ReactElement {
  const caps = PAGE_CAPABILITIES[page.kind];
  return (
    <section>
      <PageSummary page={page} />
      {caps.length === 0 ? (
        <p className="muted" data-testid="unknown-page">
          这个页面暂不支持。支持的页面：搜索结果页、商品详情页、商品发布/编辑页、后台商品列表、已卖出订单、生意参谋。
        </p>
      ) : (
        <ul className="caps" data-testid="capabilities">
          {caps.map((c) => (
            <li key={c.label} className={c.ready ? '' : 'soon'}>
              {c.label}
              {c.ready ? '' : '（即将推出）'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
