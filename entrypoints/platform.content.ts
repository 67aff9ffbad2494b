import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { TAB_MESSAGES } from '@/lib/model/messages';
import { createMessageListener, readSenderOrigin, sendToBackground } from '@/lib/messaging/protocol';
import { describePage, shouldReport } from '@/lib/sites/describe-page';
import { PLATFORM_MATCHES } from '@/lib/sites/match-patterns';

/**
 * Runs on the platforms' hosts only. Detects the page kind from the URL and reports it; the page
 * parsers come with later features. Everything is wrapped so a strange page can never throw here.
 */
export default defineContentScript({
  matches: [...PLATFORM_MATCHES],
  // The 1688 listing manager sits in an iframe of work.1688.com.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const isTopFrame = window.top === window;
    const current = (): ReturnType<typeof describePage> => describePage(location.href, document, isTopFrame);

    const report = (): void => {
      const page = current();
      if (!shouldReport(page)) return;
      sendToBackground(browser, 'page/report', page).catch(() => undefined);
    };

    const listener = createMessageListener(
      TAB_MESSAGES,
      { 'page/describe': () => current() },
      (sender) => readSenderOrigin(sender, browser.runtime.getURL('/')),
    );
    // Only the top frame answers the popup, so it gets one answer per tab.
    if (isTopFrame) {
      browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
      ctx.onInvalidated(() =>
        browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]),
      );
    }

    report();
    // Single-page back offices (千牛, work.1688.com) change route without reloading.
    ctx.addEventListener(window, 'wxt:locationchange', report);
  },
});
