import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PANEL_MESSAGES } from '../../lib/model/messages';
import { listen } from '../../lib/messaging/listen';
import { sendToTab } from '../../lib/messaging/protocol';
import { resolveTargetTab } from '../../lib/runtime/target-tab';

export interface EditorLink {
  /** The listing editor's title field was found in the linked tab. */
  connected: boolean;
  url: string | null;
  title: string | null;
  /** Writes a title into the editor's field; resolves with what the field holds afterwards. */
  apply: (title: string) => Promise<void>;
}

/**
 * Links the side panel to the listing editor open in the current tab: reads its title, follows every
 * keystroke the content script reports, and writes titles back.
 */
export function useEditorLink(): EditorLink {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<{ url: string | null; title: string | null }>({ url: null, title: null });

  useEffect(() => {
    let cancelled = false;
    const link = async (): Promise<void> => {
      const id = await resolveTargetTab();
      if (cancelled) return;
      setTabId(id);
      if (id === null) return setState({ url: null, title: null });
      try {
        const current = await sendToTab(browser, id, 'editor/get-title', {});
        if (!cancelled) setState(current);
      } catch {
        if (!cancelled) setState({ url: null, title: null }); // not a platform page
      }
    };
    void link();
    // A real side panel stays open while the user switches tabs.
    const onActivated = (): void => void link();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);

  useEffect(
    () =>
      listen(PANEL_MESSAGES, {
        'editor/title': (update, origin) => {
          if (origin.tabId !== null && origin.tabId === tabId) setState(update);
          return {};
        },
      }),
    [tabId],
  );

  const apply = useCallback(
    async (title: string): Promise<void> => {
      if (tabId === null) throw new Error('没有连接到编辑页');
      setState(await sendToTab(browser, tabId, 'editor/apply-title', { title }));
    },
    [tabId],
  );

  return { connected: state.title !== null, url: state.url, title: state.title, apply };
}
