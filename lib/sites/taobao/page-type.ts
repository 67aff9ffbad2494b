import type { KnownPageKind } from '../../model/page';
import { readQueryParam } from '../../text/url-query';
import type { PlatformDetector } from '../page-rule';

/**
 * Taobao page kinds. Sources: shared/reference/pages-taobao.md (URLs marked ⚠ there are built tolerant).
 * Tmall shops use the same seller back office (myseller / qn / trade / sycm.taobao.com), so those pages
 * are reported as platform "taobao".
 */
export const TAOBAO_DETECTOR: PlatformDetector = {
  platform: 'taobao',
  rules: [
    // Search results: legacy `s=44` paging and the current React page both live on /search.
    { kind: 'search', hosts: ['s.taobao.com'], path: /^\/search\/?$/ },
    { kind: 'item', hosts: ['item.taobao.com'], path: /^\/item\.htm$/ },
    // Publish / edit: current sell page (v1 and v2 paths seen in public code) and the older auction page.
    { kind: 'listing-editor', hosts: ['item.upload.taobao.com'], path: /^\/sell\/(v2\/)?publish\.htm$/ },
    { kind: 'listing-editor', hosts: ['upload.taobao.com'], path: /^\/auction\/publish\/publish\.htm$/ },
    // 出售中的宝贝: the 千牛 single-page app keeps the section in the path after home.htm.
    {
      kind: 'backoffice-list',
      hosts: ['myseller.taobao.com', 'qn.taobao.com'],
      path: /^\/home\.htm\/(SellManage|sell-manage|item-manage)\b/i,
    },
    { kind: 'backoffice-list', hosts: ['sell.taobao.com'], path: /^\/auction\/merchandise\/auction_list\.htm$/ },
    // 已卖出的宝贝: classic trade page and the 千牛 trade-platform route.
    { kind: 'orders', hosts: ['trade.taobao.com'], path: /^\/trade\/itemlist\/list_sold_items\.htm$/ },
    { kind: 'orders', hosts: ['myseller.taobao.com', 'qn.taobao.com'], path: /^\/home\.htm\/trade-platform\/tp\/sold\b/ },
    // 生意参谋: every page of the analytics host.
    { kind: 'analytics', hosts: ['sycm.taobao.com'], path: /^\// },
  ],
  // 卖家中心 / 千牛: single-page back office whose routes hold 出售中的宝贝 and 已卖出的宝贝.
  identifyingParams: ['q', 'id', 'itemId', 'item_num_id', 's', 'page', 'sort', 'tab'],
  backofficeShellHosts: ['myseller.taobao.com', 'qn.taobao.com'],
  readKeyword: (url) => readQueryParam(url.search, 'q'),
  readItemId: (url) => readQueryParam(url.search, 'id') ?? readQueryParam(url.search, 'itemId'),
};

/** Example URLs per kind; the page-type test checks every detector against all platforms' examples. */
export const TAOBAO_EXAMPLES: Record<KnownPageKind, readonly string[]> = {
  search: [
    'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3',
    'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3&s=44&sort=sale-desc',
    'https://s.taobao.com/search?page=2&q=%E5%8D%AB%E8%A1%A3&tab=all',
  ],
  item: ['https://item.taobao.com/item.htm?id=684512345678', 'https://item.taobao.com/item.htm?spm=a21n57.1.0.0&id=7012345'],
  'listing-editor': [
    'https://item.upload.taobao.com/sell/publish.htm?itemId=684512345678',
    'https://item.upload.taobao.com/sell/v2/publish.htm?catId=50008898',
    'https://upload.taobao.com/auction/publish/publish.htm?item_num_id=684512345678',
  ],
  'backoffice-list': [
    'https://myseller.taobao.com/home.htm/SellManage/on_sale',
    'https://qn.taobao.com/home.htm/SellManage/all?current=2',
    'https://sell.taobao.com/auction/merchandise/auction_list.htm',
  ],
  orders: [
    'https://trade.taobao.com/trade/itemlist/list_sold_items.htm?action=itemlist/SoldQueryAction',
    'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
  ],
  analytics: ['https://sycm.taobao.com/portal/home.htm', 'https://sycm.taobao.com/mc/mq/search_analyze'],
};
