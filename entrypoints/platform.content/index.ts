import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { z } from 'zod';
import { TAB_MESSAGES } from '@/lib/model/messages';
import { createMessageListener, readSenderOrigin, sendToBackground } from '@/lib/messaging/protocol';
import { describePage, shouldReport } from '@/lib/sites/describe-page';
import { PLATFORM_MATCHES } from '@/lib/sites/match-patterns';
import { parseItemPage } from '@/lib/sites/item-parse';
import { failed } from '@/lib/sites/parse-result';
import { startBackofficeController } from './backoffice-controller';
import { timed } from './bench-marks';
import { startEditorController, type EditorController } from './editor-controller';
import { startSearchController, type SearchController } from './search-controller';

/**
 * Runs on the platforms' hosts only. Detects the page kind from the URL and reports it; on result pages
 * it also parses, draws the overlays and answers the popup's capture. Everything is guarded so a
 * strange page can never throw here.
 */
const BACKOFFICE_KINDS = new Set(['backoffice-list', 'orders', 'analytics']);

export default defineContentScript({
  matches: [...PLATFORM_MATCHES],
  // The 1688 listing manager sits in an iframe of work.1688.com.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // No code generation: page CSPs forbid eval in content scripts anyway, and probing for it costs time.
    z.config({ jitless: true });
    const isTopFrame = window.top === window;
    const current = (): ReturnType<typeof describePage> => describePage(location.href, document, isTopFrame);
    let search: SearchController | null = null;
    let editor: EditorController | null = null;
    let backoffice = false;
    type Listener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

    const onPage = (): void => {
      const page = current();
      if (page.kind === 'search' && isTopFrame && !search) search = timed('init.search', () => startSearchController(ctx));
      if (page.kind === 'listing-editor' && page.platform && isTopFrame && !editor) editor = startEditorController(ctx, page.platform);
      if (BACKOFFICE_KINDS.has(page.kind) && !backoffice) {
        backoffice = true;
        startBackofficeController(ctx);
      }
      if (shouldReport(page)) timed('init.report', () => sendToBackground(browser, 'page/report', page).catch(() => undefined));
    };

    const listener = createMessageListener(
      TAB_MESSAGES,
      {
        'page/describe': () => current(),
        'search/parse': () => (search && current().kind === 'search' ? search.parse() : failed('这不是搜索结果页', ['page kind'])),
        'item/parse': () => (current().kind === 'item' ? parseItemPage(document, location.href) : failed('这不是商品详情页', ['page kind'])),
        'editor/get-title': () => editor?.read() ?? { url: location.href, title: null },
        'editor/apply-title': ({ title }) => {
          if (!editor) throw new Error('这不是商品发布/编辑页');
          return editor.apply(title);
        },
      },
      (sender) => readSenderOrigin(sender, browser.runtime.getURL('/')),
    );
    // Only the top frame answers the popup, so it gets one answer per tab.
    if (isTopFrame) {
      browser.runtime.onMessage.addListener(listener as Listener);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener as Listener));
    }

    timed('init', onPage);
    // Single-page back offices (千牛, work.1688.com) and result paging change route without reloading.
    ctx.addEventListener(window, 'wxt:locationchange', onPage);
  },
});
