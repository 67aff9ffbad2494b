import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBackofficeController } from '../../content/backoffice-controller';
import { startEditorController, type EditorController } from '../../content/editor-controller';
import { listenForObserved } from '../../content/observed-listener';
import { startPageScript } from '../../content/start-page-script';
import { parseItemPage } from '../../lib/sites/item-parse';
import { PLATFORM_MATCHES, SEARCH_MATCHES } from '../../lib/sites/match-patterns';
import { isBackofficeKind } from '../../lib/sites/page-type';
import { failed } from '../../lib/sites/parse-result';

/**
 * Every platform page except the result pages (search.content has those, without the item and
 * back-office parsers): page kind report, item capture, listing editor link, back-office capture.
 */
export default defineContentScript({
  matches: [...PLATFORM_MATCHES],
  excludeMatches: [...SEARCH_MATCHES],
  // The 1688 listing manager sits in an iframe of work.1688.com.
  allFrames: true,
  runAt: 'document_idle',
  // WXT's legacy "script started" window.postMessage (replaced by a DOM event, which WXT still sends) cost
  // ~4 ms of each page load and wakes the page's own message listeners; WXT documents opting out.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The page's own responses (item data on detail pages), if the observer watches this page.
    const observed = listenForObserved(ctx);
    let editor: EditorController | null = null;
    let backoffice = false;
    startPageScript(ctx, (current) => ({
      onPage: (page, isTopFrame) => {
        if (page.kind === 'listing-editor' && page.platform && isTopFrame && !editor) editor = startEditorController(ctx, page.platform);
        if (isBackofficeKind(page.kind) && !backoffice) {
          backoffice = true;
          startBackofficeController(ctx);
        }
      },
      handlers: {
        'item/parse': () =>
          current().kind === 'item'
            ? parseItemPage(document, location.href, observed.forPage(location.href))
            : failed('这不是商品详情页', ['page kind']),
        'editor/get-title': () => editor?.read() ?? { url: location.href, title: null },
        'editor/apply-title': ({ title }) => {
          if (!editor) throw new Error('这不是商品发布/编辑页');
          return editor.apply(title);
        },
      },
    }));
  },
});
