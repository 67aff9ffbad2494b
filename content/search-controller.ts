import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { removeSearchOverlay, renderSearchOverlay } from './search-overlay';
import { timed } from '../lib/runtime/bench-marks';
import { listenForObserved } from './observed-listener';
import { buildMyItems, type MyItems } from '../lib/analysis/history/mine';
import { summarise } from '../lib/analysis/stats';
import { assembleTop60 } from '../lib/analysis/top60';
import type { Platform } from '../lib/model/page';
import type { SearchPage } from '../lib/model/records';
import { tellBackground } from '../lib/messaging/content-protocol';
import { locateCards } from '../lib/sites/locate-cards';
import type { ParseResult } from '../lib/sites/parse-result';
import { parseSearchPage } from '../lib/sites/search-page';
import { countTitleUnits } from '../lib/text/title-units';

export interface SearchController {
  parse: () => ParseResult<SearchPage>;
}

/**
 * Result-page behaviour of the content script: collects the page's own search responses from the
 * MAIN-world observer, parses on demand, and keeps the overlays in step with lazy-loaded cards. Work is
 * debounced to idle time so the page's own rendering goes first.
 */
export function startSearchController(ctx: ContentScriptContext, platform: Platform | null): SearchController {
  let showOverlays = false;
  let mine: MyItems | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Capture (the popup's search/parse) reads every field; the overlay only what it draws (search-detail.ts),
  // through the same sources and checks, so its ranks and ad marks are the capture's.
  const parse = (): ParseResult<SearchPage> => parseSearchPage(document, location.href, observed.forPage(location.href));
  const readForOverlay = (): ParseResult<SearchPage> =>
    parseSearchPage(document, location.href, observed.forPage(location.href), 'overlay');

  const mutations = new MutationObserver(() => schedule());
  const draw = (): void => timed('draw', redraw);
  const redraw = (): void => {
    mutations.disconnect(); // our own marks must not re-trigger a redraw
    try {
      const result = showOverlays ? timed('draw.parse', readForOverlay) : null;
      if (!result?.ok) {
        removeSearchOverlay(document);
        return;
      }
      const page = result.value;
      const top = assembleTop60([page]);
      const figures = timed('draw.figures', () => ({
        price: summarise(top.items.map((i) => i.priceMin)),
        sales: summarise(top.items.map((i) => i.sales)),
        titleUnits: summarise(top.items.map((i) => countTitleUnits(i.title))),
      }));
      const cards = timed('draw.locate', () => locateCards(document, page.items));
      timed('draw.render', () => renderSearchOverlay(document, { page, top, figures, cards, mine }));
    } catch {
      // Never let an odd page break the content script; the popup capture reports parse failures.
    } finally {
      if (document.body) mutations.observe(document.body, { childList: true, subtree: true });
    }
  };
  const schedule = (): void => {
    // Settings are read once per page: with overlays off there is never anything to draw or to watch.
    if (!showOverlays) return;
    clearTimeout(timer);
    timer = setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(draw, { timeout: 1000 }) : draw()), 300);
  };

  const observed = timed('init.observed', () => listenForObserved(ctx, () => schedule()));

  // My items (own listings, 我的店铺) for the 我的 marks are asked for only when overlays are on, so the first
  // draw has them; the platform comes from the page report already made.
  tellBackground(browser, 'settings/get', {})
    .then(async (settings) => {
      showOverlays = settings.showOverlays;
      if (!showOverlays) return;
      if (platform) {
        const own = await tellBackground(browser, 'mine/get', { platform }).catch(() => null);
        if (own)
          mine = buildMyItems(
            own.itemIds.map((itemId) => ({ platform, itemId })),
            own.shopNames,
          );
      }
      schedule();
    })
    .catch(() => undefined);
  ctx.addEventListener(window, 'wxt:locationchange', () => schedule());
  ctx.onInvalidated(() => {
    mutations.disconnect();
    clearTimeout(timer);
    removeSearchOverlay(document);
  });
  return { parse };
}
