/** The sample pages the demo walks through (tests/fixtures/sites), in order. */
export interface DemoPage {
  slug: string;
  label: string;
  url: string;
  /** The page kind the popup must report; 'not-a-platform-page' when no content script runs. */
  expectKind: string;
  /** Click 采集前60 in the popup and expect this many organic items in the saved snapshot. */
  captureExpect?: number;
}

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    slug: 'taobao-search',
    label: '淘宝搜索 连帽卫衣女 第1页：标出排名与广告，采集前60（44个，不完整）',
    url: 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3',
    expectKind: 'search',
    captureExpect: 44,
  },
  {
    slug: 'taobao-search-p2',
    label: '淘宝搜索 第2页：再采集，补足同一快照到60',
    url: 'https://s.taobao.com/search?q=%E8%BF%9E%E5%B8%BD%E5%8D%AB%E8%A1%A3%E5%A5%B3&page=2&dbfx=p2',
    expectKind: 'search',
    captureExpect: 60,
  },
  {
    slug: '1688-search',
    label: '1688 搜索 连帽卫衣 (GBK 网址，JSONP 数据)',
    url: 'https://s.1688.com/selloffer/offer_search.htm?keywords=%C1%AC%C3%B1%CE%C0%D2%C2&beginPage=1',
    expectKind: 'search',
    captureExpect: 56,
  },
  {
    slug: 'taobao-unseen-layout',
    label: '淘宝搜索 女包：没见过的页面结构，按看到的内容读取（通用识别），采集前60（42个）',
    url: 'https://s.taobao.com/search?q=%E5%A5%B3%E5%8C%85&dbfx=general',
    expectKind: 'search',
    captureExpect: 42,
  },
  { slug: '1688-manage', label: '1688 工作台 → 商品管理 (iframe)', url: 'https://work.1688.com/', expectKind: 'unknown' },
  { slug: 'taobao-home', label: '淘宝首页（不支持的页面类型）', url: 'https://www.taobao.com/', expectKind: 'unknown' },
  { slug: 'other-site', label: '其他网站', url: 'https://www.example.com/', expectKind: 'not-a-platform-page' },
];
