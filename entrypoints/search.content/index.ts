// First import: marks the start of the script's evaluation in the bench build (nothing in other builds).
import '../../lib/runtime/bench-start';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { measureStartup, timed } from '../../lib/runtime/bench-marks';
import { startSearchController, type SearchController } from '../../content/search-controller';
import { startPageScript } from '../../content/start-page-script';
import { SEARCH_MATCHES } from '../../lib/sites/match-patterns';
import { failed } from '../../lib/sites/parse-result';

/**
 * Result-page hosts only, kept light (no item, editor or back-office code): page kind report, organic
 * ranks and ad marks, and the popup's top-60 capture.
 */
export default defineContentScript({
  matches: [...SEARCH_MATCHES],
  runAt: 'document_idle',
  // WXT's legacy "script started" window.postMessage (replaced by a DOM event, which WXT still sends) cost
  // ~4 ms of each page load and wakes the page's own message listeners; WXT documents opting out.
  noScriptStartedPostMessage: true,
  main(ctx) {
    measureStartup();
    let search: SearchController | null = null;
    startPageScript(ctx, (current) => ({
      onPage: (page, isTopFrame) => {
        if (page.kind === 'search' && isTopFrame && !search) search = timed('init.search', () => startSearchController(ctx, page.platform));
      },
      handlers: {
        'search/parse': () => (search && current().kind === 'search' ? search.parse() : failed('这不是搜索结果页', ['page kind'])),
      },
    }));
  },
});
