import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { BackofficeTabMessages } from '../lib/model/messages';
import { answerMessages, BACKOFFICE_TAB_MESSAGE_NAMES } from '../lib/messaging/content-protocol';
import { parseBackofficePage } from '../lib/sites/backoffice/parse-backoffice';
import { listenForObserved } from './observed-listener';

/**
 * Back-office frames (top or iframe: the 1688 listing manager lives in an iframe of work.1688.com)
 * collect the page's own analytics and order responses and answer the popup's back-office capture.
 */
export function startBackofficeController(ctx: ContentScriptContext): void {
  const observed = listenForObserved(ctx);
  ctx.onInvalidated(
    answerMessages<BackofficeTabMessages>(browser.runtime, BACKOFFICE_TAB_MESSAGE_NAMES, {
      'backoffice/parse': () => parseBackofficePage(document, location.href, observed.entriesForPage(location.href)),
    }),
  );
}
