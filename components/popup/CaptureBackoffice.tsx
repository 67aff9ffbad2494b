import type { ReactElement } from 'react';
import { browser } from 'wxt/browser';
import { BACKOFFICE_TAB_MESSAGES, type BackofficeSaved } from '../../lib/model/messages';
import { sendToBackground, sendToTabMap } from '../../lib/messaging/protocol';
import { MARKET_SEARCH_PAGES } from '../../lib/sites/backoffice/market-selectors';
import type { PopupActionProps } from './popup-features';
import { CaptureButton, CaptureError, CaptureWarnings, useCapture } from './use-capture';

/** "采集后台数据": the back-office frame of this tab parses its page; the background stores the records. */
export function CaptureBackoffice({ tabId, onOpenPanel }: PopupActionProps): ReactElement {
  const [status, capture] = useCapture<{ saved: BackofficeSaved; sources: string[] }>(async () => {
    // The back-office frame may be an iframe (work.1688.com → offer.1688.com): the whole tab is asked.
    const parsed = await sendToTabMap(browser, tabId, BACKOFFICE_TAB_MESSAGES, 'backoffice/parse', {});
    if (!parsed.ok) return parsed;
    const saved = await sendToBackground(browser, 'backoffice/save', { capture: parsed.value });
    return { ok: true, result: { saved, sources: parsed.value.sources }, warnings: parsed.warnings };
  });
  return (
    <div className="capture" data-testid="capture-backoffice">
      <CaptureButton status={status} label="采集后台数据" onClick={capture} />
      {status.state === 'saved' ? (
        <div
          data-testid="backoffice-saved"
          data-listings={status.result.saved.listings}
          data-metrics={status.result.saved.metrics}
          data-orders={status.result.saved.orders}
        >
          <p>
            已保存：商品 {status.result.saved.listings} 个，数据 {status.result.saved.metrics} 行，订单 {status.result.saved.orders} 笔（
            {status.result.sources.join('、')}）。
          </p>
          <CaptureWarnings warnings={status.warnings} tabId={tabId} />
          <button type="button" className="secondary" onClick={() => onOpenPanel(panelFor(status.result.saved, status.result.sources))}>
            在侧边栏查看
          </button>
        </div>
      ) : null}
      <CaptureError status={status} tabId={tabId} />
    </div>
  );
}

/** The side-panel tab that shows what was saved: 客户 for orders, 关键词 for 市场 search terms, else 店铺. */
function panelFor(saved: BackofficeSaved, sources: readonly string[]): 'customers' | 'keywords' | 'shop' {
  if (saved.orders && !saved.listings) return 'customers';
  if (MARKET_SEARCH_PAGES.some((page) => sources.includes(page.label))) return 'keywords';
  return 'shop';
}
