/**
 * Constants shared by the MAIN-world observer and the isolated receiver. No imports: the observer bundle
 * must stay tiny because it runs at document_start on every search page.
 */

/**
 * Only these responses are observed: the PC search of Taobao and 1688 (pages-1688.md §1.2 B;
 * pages-taobao.md ⚠), 生意参谋's own JSON under /ms/ (§3.4), and the 1688 seller order list (§3.3).
 */
export const OBSERVED_APIS: readonly RegExp[] = [
  /^https:\/\/h5api\.m\.(taobao|1688)\.com\/h5\/mtop\.relationrecommend\.wirelessrecommend\.recommend\//i,
  /^https:\/\/(sudo\.)?sycm\.(1688|taobao)\.com\/ms\/[\w/]+\.json/i,
  /^https:\/\/h5api\.m\.1688\.com\/h5\/mtop\.1688\.trading\.dataline\.service\//i,
];

export function isObservedApi(url: string): boolean {
  return OBSERVED_APIS.some((re) => re.test(url));
}
export const OBSERVER_SOURCE = 'duibiao:mtop';
export const REPLAY_REQUEST = 'duibiao:mtop-replay';
