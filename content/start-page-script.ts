import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabMessages } from '../lib/model/messages';
import { answerMessages, tellBackground, TAB_MESSAGE_NAMES, type ContentHandlers } from '../lib/messaging/content-protocol';
import { describePage, shouldReport } from '../lib/sites/describe-page';
import { failed } from '../lib/sites/parse-result';
import { buildPageReport, reportFileName } from '../lib/sites/page-report';
import { timed } from '../lib/runtime/bench-marks';
import { collectObserved } from './observed-listener';

type PageReport = ReturnType<typeof describePage>;
export type TabHandlers = ContentHandlers<TabMessages>;

export interface PageScriptParts {
  /** Called for the page on start and on every SPA route change; starts what the page kind needs. */
  onPage: (page: PageReport, isTopFrame: boolean) => void;
  /** Handlers this script provides; the others answer "not this kind of page". */
  handlers: Partial<TabHandlers>;
}

/** This page as a feedback file (lib/sites/page-report.ts), with what the observer saw here. */
function savePageReport(outcome: string): { html: string; fileName: string } {
  const now = new Date();
  const observed = collectObserved().entriesForPage(location.href);
  const html = buildPageReport({ doc: document, url: location.href, observed, outcome, now });
  return { html, fileName: reportFileName(location.hostname, now) };
}

/**
 * What every content script does (they differ only in the page kinds they bundle parsers for): report the
 * page kind, answer the popup in the top frame, follow SPA route changes. Never throws on a strange page.
 */
export function startPageScript(ctx: ContentScriptContext, parts: (current: () => PageReport) => PageScriptParts): void {
  const isTopFrame = window.top === window;
  const current = (): PageReport => describePage(location.href, document, isTopFrame);
  const { onPage, handlers } = parts(current);

  const report = (): void => {
    const page = timed('init.describe', current);
    onPage(page, isTopFrame);
    if (shouldReport(page)) timed('init.report', () => tellBackground(browser, 'page/report', page).catch(() => undefined));
  };

  const notHere = (what: string) => () => failed<never>(`这不是${what}`, ['page kind']);
  // Only the top frame answers the popup, so it gets one answer per tab.
  if (isTopFrame) {
    ctx.onInvalidated(
      answerMessages<TabMessages>(browser.runtime, TAB_MESSAGE_NAMES, {
        'page/describe': () => current(),
        'search/parse': notHere('搜索结果页'),
        'item/parse': notHere('商品详情页'),
        'editor/get-title': () => ({ url: location.href, title: null }),
        'editor/apply-title': () => {
          throw new Error('这不是商品发布/编辑页');
        },
        'page/report-html': ({ outcome }) => savePageReport(outcome),
        ...handlers,
      }),
    );
  }
  timed('init', report);
  // Single-page back offices (千牛, work.1688.com) and result paging change route without reloading.
  ctx.addEventListener(window, 'wxt:locationchange', report);
}
