import { useEffect, useState, type ReactElement } from 'react';
import { browser } from 'wxt/browser';
import { EmptyState } from '../../components/EmptyState';
import { PageSummary } from '../../components/PageSummary';
import { featuresFor } from '../../components/popup/popup-features';
import type { PanelTabId } from '../../components/side-panel-store';
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
  const openPanel = (tab?: PanelTabId): void => {
    openSidePanel(tabId, tab).then(
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
      {state.status === 'page' ? <PageFeatures page={state.page} tabId={state.tabId} onOpenPanel={openPanel} /> : null}
      <p>
        <button type="button" className="secondary" onClick={() => openPanel()}>
          打开侧边栏
        </button>
      </p>
      {error ? <p className="error">{error}</p> : null}
    </main>
  );
}

/** What this page is, what Duibiao does here, and the controls for it. */
function PageFeatures({
  page,
  tabId,
  onOpenPanel,
}: {
  page: PageReport;
  tabId: number;
  onOpenPanel: (tab?: PanelTabId) => void;
}): ReactElement {
  const { labels, actions } = featuresFor(page);
  return (
    <section>
      <PageSummary page={page} />
      {labels.length === 0 ? (
        <p className="muted" data-testid="unknown-page">
          这个页面暂不支持。支持的页面：搜索结果页、商品详情页、商品发布/编辑页、后台商品列表、已卖出订单、生意参谋。
        </p>
      ) : (
        <ul className="caps" data-testid="capabilities">
          {labels.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      )}
      {actions.map((Action, i) => (Action ? <Action key={i} tabId={tabId} onOpenPanel={onOpenPanel} /> : null))}
    </section>
  );
}
