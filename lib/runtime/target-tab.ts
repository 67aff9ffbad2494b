import { browser } from 'wxt/browser';

/**
 * The tab the popup or side panel talks about: the active tab of the current window. `?tab=<id>` overrides
 * it so these pages can be opened as normal tabs (end-to-end tests, the demo) and still talk to another tab.
 */
export async function resolveTargetTab(search: string = location.search): Promise<number | null> {
  const forced = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(forced) && forced > 0) return forced;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Opens the side panel (Chrome/Edge) or the sidebar (Firefox) for the window of that tab, on one of its tabs
 * when asked (the panel reads `#<tab>` from its URL). The path is set without waiting so that open() still
 * runs within the user's click; the browser handles the two calls in order.
 */
export async function openSidePanel(tabId: number | null, panelTab?: string): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: {
      open: (options: { tabId?: number; windowId?: number }) => Promise<void>;
      setOptions: (options: { tabId?: number; path?: string }) => Promise<void>;
    };
    sidebarAction?: { open: () => Promise<void>; setPanel: (details: { panel: string }) => Promise<void> };
  };
  const hash = panelTab ? `#${panelTab}` : '';
  const path = `sidepanel.html${hash}`;
  if (api.sidebarAction) {
    void api.sidebarAction.setPanel({ panel: browser.runtime.getURL('/sidepanel.html') + hash }).catch(() => undefined);
    return api.sidebarAction.open();
  }
  if (!api.sidePanel) throw new Error('此浏览器不支持侧边栏');
  if (tabId !== null) {
    void api.sidePanel.setOptions({ tabId, path }).catch(() => undefined);
    return api.sidePanel.open({ tabId });
  }
  const current = await browser.windows.getCurrent();
  return api.sidePanel.open({ windowId: current.id! });
}
