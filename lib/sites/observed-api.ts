/**
 * Constants shared by the MAIN-world observer and the isolated receiver. No imports: the observer bundle
 * must stay tiny because it runs at document_start on every search page.
 */

/** Only these responses are observed: the PC search of Taobao and 1688 (pages-1688.md §1.2 B; pages-taobao.md ⚠). */
export const OBSERVED_API = /^https:\/\/h5api\.m\.(taobao|1688)\.com\/h5\/mtop\.relationrecommend\.wirelessrecommend\.recommend\//i;
export const OBSERVER_SOURCE = 'duibiao:mtop';
export const REPLAY_REQUEST = 'duibiao:mtop-replay';
