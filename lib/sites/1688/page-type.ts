import type { KnownPageKind } from '../../model/page';
import { readQueryParam } from '../../text/url-query';
import type { PlatformDetector } from '../page-rule';

/** 1688 page kinds, from shared/reference/pages-1688.md §1.1, §2.1, §3. */
export const DETECTOR_1688: PlatformDetector = {
  platform: '1688',
  rules: [
    // §1.1: keywords are GBK percent-encoded; readQueryParam falls back to GB18030.
    { kind: 'search', hosts: ['s.1688.com'], path: /^\/selloffer\/offer_search\.htm$/ },
    { kind: 'item', hosts: ['detail.1688.com'], path: /^\/offer\/\d+\.html$/ },
    { kind: 'item', hosts: ['detail.m.1688.com'], path: /^\/page\/index\.html$/, when: (u) => /[?&]offerId=\d+/.test(u.search) },
    // §3.2: the current publish page, and the legacy fill pages that redirect to it.
    { kind: 'listing-editor', hosts: ['offer-new.1688.com'], path: /^\/popular\/publish\.htm$/ },
    { kind: 'listing-editor', hosts: ['offer.1688.com'], path: /^\/offer\/post\/(fillProductInfo\.htm|fill_product_info\.vm)$/ },
    // §3.1: 商品管理 · 出售中; work.1688.com shows it in an iframe of this URL (content scripts run in frames).
    { kind: 'backoffice-list', hosts: ['offer.1688.com'], path: /^\/offer\/manage\.htm$/ },
    // §3.3: 已卖出的货品 is a work.1688.com route selected by the _path_ parameter.
    { kind: 'orders', hosts: ['work.1688.com'], path: /^\/?$/, when: (u) => /saleList/i.test(readQueryParam(u.search, '_path_') ?? '') },
    // §3.4: 生意参谋 pages under /ms/ on both hosts.
    { kind: 'analytics', hosts: ['sycm.1688.com', 'sudo.sycm.1688.com'], path: /^\/ms\// },
  ],
  // 工作台: 商品管理 in an iframe, 已卖出的货品 as a route.
  identifyingParams: ['keywords', 'offerId', 'id', '_path_', 'beginPage', 'sortType', 'operator', 'show_type'],
  backofficeShellHosts: ['work.1688.com'],
  readKeyword: (url) => readQueryParam(url.search, 'keywords'),
  readItemId: (url) =>
    /^\/offer\/(\d+)\.html$/.exec(url.pathname)?.[1] ?? readQueryParam(url.search, 'offerId') ?? readQueryParam(url.search, 'id'),
};

export const EXAMPLES_1688: Record<KnownPageKind, readonly string[]> = {
  search: [
    // keywords=连帽卫衣 in GBK
    'https://s.1688.com/selloffer/offer_search.htm?keywords=%C1%AC%C3%B1%CE%C0%D2%C2&beginPage=1',
    'https://s.1688.com/selloffer/offer_search.htm?keywords=%CE%C0%D2%C2&sortType=booked&beginPage=2',
  ],
  item: [
    'https://detail.1688.com/offer/597090034012.html',
    'https://detail.1688.com/offer/833454967766.html?spm=a26352.13672862.offerlist.1',
    'https://detail.m.1688.com/page/index.html?offerId=597090034012',
  ],
  'listing-editor': [
    'https://offer-new.1688.com/popular/publish.htm?id=597090034012&operator=edit',
    'https://offer-new.1688.com/popular/publish.htm?catId=1038378&operator=new',
    'https://offer.1688.com/offer/post/fillProductInfo.htm?operator=edit&offerId=597090034012',
  ],
  'backoffice-list': ['https://offer.1688.com/offer/manage.htm?show_type=valid'],
  orders: ['https://work.1688.com/?_path_=sellerPro/2017sellerbase_trade/saleList'],
  analytics: [
    'https://sycm.1688.com/ms/home/index.htm',
    'https://sycm.1688.com/ms/home/home?dateRange=2026-10-01%7C2026-10-31&dateType=month',
    'https://sudo.sycm.1688.com/ms/rival/downStream',
  ],
};
