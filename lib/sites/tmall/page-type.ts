import type { KnownPageKind } from '../../model/page';
import { readQueryParam } from '../../text/url-query';
import type { PlatformDetector } from '../page-rule';

/**
 * Tmall buyer-facing pages (shared/reference/pages-taobao.md). Tmall sellers edit, list and analyse on
 * Taobao's back-office hosts, so this detector has no back-office kinds: TAOBAO_DETECTOR covers them.
 */
export const TMALL_DETECTOR: PlatformDetector = {
  platform: 'tmall',
  rules: [
    // Legacy Tmall list page (.product cards); today Tmall results mostly appear inside s.taobao.com.
    { kind: 'search', hosts: ['list.tmall.com'], path: /^\/search_product\.htm$/ },
    // Item pages: main site, 天猫超市 and 天猫国际 (tmall.hk).
    { kind: 'item', hosts: ['detail.tmall.com', 'chaoshi.detail.tmall.com'], path: /^\/item\.htm$/ },
    { kind: 'item', hosts: ['detail.tmall.hk'], path: /^\/(hk\/)?item\.htm$/ },
  ],
  // Tmall shops use Taobao's back office.
  identifyingParams: ['q', 'id', 'sort'],
  backofficeShellHosts: [],
  readKeyword: (url) => readQueryParam(url.search, 'q'),
  readItemId: (url) => readQueryParam(url.search, 'id'),
};

export const TMALL_EXAMPLES: Partial<Record<KnownPageKind, readonly string[]>> = {
  search: ['https://list.tmall.com/search_product.htm?q=%E5%8D%AB%E8%A1%A3&type=p'],
  item: [
    'https://detail.tmall.com/item.htm?id=612345678901&skuId=4567',
    'https://chaoshi.detail.tmall.com/item.htm?id=52345678',
    'https://detail.tmall.hk/hk/item.htm?id=62345678',
  ],
};
