/**
 * Constants shared by the MAIN-world observer and the isolated receiver. No imports: the observer bundle
 * must stay tiny because it runs at document_start on every observed page.
 */

/**
 * Only these responses are observed: the PC search of Taobao and 1688 (pages-1688.md §1.2 B;
 * pages-taobao.md), the item data of Taobao/Tmall detail pages (mtop.taobao.pcdetail.data.get), 生意参谋's
 * own JSON under /ms/ (§3.4), the 1688 seller order list (§3.3) and Taobao's 已卖出的宝贝 list (asyncSold.htm).
 */
export const OBSERVED_APIS: readonly RegExp[] = [
  /^https:\/\/h5api\.m\.(taobao|1688)\.com\/h5\/mtop\.relationrecommend\.wirelessrecommend\.recommend\//i,
  /^https:\/\/h5api\.m\.(taobao|tmall)\.com\/h5\/mtop\.taobao\.pcdetail\.data\.get\//i,
  /^https:\/\/(sudo\.)?sycm\.(1688|taobao)\.com\/ms\/[\w/]+\.json/i,
  /^https:\/\/h5api\.m\.1688\.com\/h5\/mtop\.1688\.trading\.dataline\.service\//i,
  /^https:\/\/trade\.taobao\.com\/trade\/itemlist\/asyncSold\.htm/i,
  // Not a request: the 2025–26 1688 result page's own state (window.data.offerV2 / offerV2Showed), read by the
  // observer in the page and sent under this name.
  /^https:\/\/s\.1688\.com\/#duibiao-page-state$/,
];

/** The name the 1688 result page's state travels under (see OBSERVED_APIS). */
export const PAGE_STATE_1688 = 'https://s.1688.com/#duibiao-page-state';

export function isObservedApi(url: string): boolean {
  return OBSERVED_APIS.some((re) => re.test(url));
}

/**
 * The one message that crosses the page's window: the isolated side hands the MAIN-world observer its end of
 * a private MessageChannel. Every observed response then travels over that channel, where page scripts cannot
 * post or listen.
 */
export const CHANNEL_HANDSHAKE = 'duibiao:observer-channel';
