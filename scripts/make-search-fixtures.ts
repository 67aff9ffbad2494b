/**
 * Writes the SYNTHETIC search-result fixtures under tests/fixtures/sites/ (run: npx tsx
 * scripts/make-search-fixtures.ts). They follow the structures documented in
 * shared/reference/pages-taobao.md and pages-1688.md; no live page could be captured. Deterministic
 * (seeded), so regenerating gives the same files. Each page says at its top that it is synthetic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { seededRandom } from './support/seeded-random';

const SITES = resolve(import.meta.dirname, '../tests/fixtures/sites');

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function write(path: string, text: string): void {
  const file = resolve(SITES, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

interface Card {
  id: string;
  title: string;
  price: number;
  sales: string | null;
  loc: string;
  shop: string;
  img: string;
  tmall: boolean;
  badges: string[];
  ad: boolean;
  repurchase: string;
}

// --- Taobao / Tmall: 连帽卫衣女 -------------------------------------------------------------
const TB_WORDS = {
  season: ['秋冬', '2024新款', '春秋款', '秋季', '冬季'],
  attr: ['加绒', '加厚', '宽松', '纯棉', 'oversize', '短款', '中长款', '拉链', '套头', '重磅'],
  style: ['韩版', 'ins风', '学生', '百搭', '复古', '美式', '慵懒风', '小个子'],
  tail: ['外套', '上衣', '女装', '潮牌', '开衫', '打底'],
};
const TB_LOCS = ['浙江 杭州', '广东 广州', '江苏 苏州', '上海', '福建 泉州', '浙江 湖州', '广东 深圳'];
const TB_SALES = [
  '7318人付款',
  '1万+人付款',
  '1000+人付款',
  '200+人付款',
  '5000+人付款',
  '3万+人付款',
  '600+人付款',
  '50+人付款',
  '2000+人付款',
];

function taobaoCards(seed: number, count: number, adAt: readonly number[], idBase: number): Card[] {
  const r = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const ad = adAt.includes(i + 1);
    const words = [
      pick(r, TB_WORDS.season),
      '连帽卫衣女',
      pick(r, TB_WORDS.attr),
      pick(r, TB_WORDS.style),
      pick(r, TB_WORDS.attr),
      pick(r, TB_WORDS.tail),
    ];
    const title = [...new Set(words)].join('');
    const tmall = r() < 0.25;
    return {
      id: String(idBase + i * 7919),
      title: ad ? `【广告】${title}` : title,
      price: Math.round((39 + r() * 220) * 100) / 100,
      sales: r() < 0.08 ? null : pick(r, TB_SALES),
      loc: pick(r, TB_LOCS),
      shop: `${pick(r, ['木子', '南风', '初见', '拾光', '优衣', '橙子'])}${pick(r, ['女装', '服饰', '旗舰店', '小铺'])}`,
      img: `https://g-search1.alicdn.com/img/bao/uploaded/i4/${idBase + i}.jpg`,
      tmall,
      badges: r() < 0.7 ? ['包邮'] : [],
      ad,
      repurchase: '',
    };
  });
}

function taobaoLegacyPage(cards: Card[], keyword: string): string {
  const auctions = cards.map((c) => ({
    nid: c.id,
    raw_title: c.title,
    title: c.title.replace('连帽卫衣女', '<span class=H>连帽卫衣女</span>'),
    view_price: c.price.toFixed(2),
    view_fee: c.badges.includes('包邮') ? '0.00' : '10.00',
    view_sales: c.sales ?? '',
    item_loc: c.loc,
    pic_url: c.img.replace('https:', ''),
    detail_url: c.ad
      ? `https://click.simba.taobao.com/cc_im?p=${c.id}&s=1`
      : c.tmall
        ? `//detail.tmall.com/item.htm?id=${c.id}`
        : `//item.taobao.com/item.htm?id=${c.id}`,
    nick: c.shop,
    shopcard: { isTmall: c.tmall, delivery: [480, 1, 0], description: [480, 1, 0], service: [480, 1, 0] },
    icon: c.tmall ? [{ title: '尚天猫，就购了', dom_class: 'icon-service-tianmao', innerText: '天猫' }] : [],
    ...(c.ad ? { p4p: 1, p4pSameHeight: true, p4pTags: '' } : {}),
  }));
  const config = { pageName: 'mainsrp', mods: { itemlist: { status: 'show', data: { auctions } } } };
  const rendered = cards
    .map(
      (c) =>
        `<div class="item" data-nid="${c.id}"><a class="pic-link" href="${c.ad ? 'https://click.simba.taobao.com/cc_im?p=' + c.id : '//item.taobao.com/item.htm?id=' + c.id}"><img src="${c.img}"></a><div class="title">${esc(c.title)}</div></div>`,
    )
    .join('\n');
  return `<!doctype html>
<!-- SYNTHETIC fixture (not a capture), made by scripts/make-search-fixtures.ts: legacy Taobao result page
     (2014–2021) with items embedded as g_page_config.mods.itemlist.data.auctions (pages-taobao.md "Legacy"). -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(keyword)}_淘宝搜索</title>
<script>g_page_config = ${JSON.stringify(config)};
g_srp_loadCss();</script></head>
<body><div class="m-itemlist"><div class="items">
${rendered}
</div></div></body></html>
`;
}

function taobaoCardHtml(c: Card, gen: 2023 | 2024): string {
  const href = c.ad
    ? `https://click.simba.taobao.com/cc_im?p=${c.id}&s=2`
    : c.tmall
      ? `https://detail.tmall.com/item.htm?id=${c.id}`
      : `https://item.taobao.com/item.htm?id=${c.id}`;
  const [int, frac] = c.price.toFixed(2).split('.');
  const [prov, city] = c.loc.split(' ');
  const title = esc(c.title.replace('【广告】', '')).replace('连帽卫衣女', '<span class="H">连帽卫衣女</span>');
  if (gen === 2024) {
    return `<a class="doubleCardWrapperAdapt--mEcC7olq" id="item_id_${c.ad ? 'ad' + c.id : c.id}" href="${href}" target="_blank">
  <div class="mainPicAdaptWrapper--V_ayd2hD"><img class="mainPic--Ds3X7I8z" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${c.img}"></div>
  <div class="title--qJ7Xg_90"><span>${title}</span></div>
  <div class="priceWrapper--dBtPZ2K1"><span class="unit--D3DHcfoE">¥</span><span class="priceInt--yqqZMJ5a">${int}</span><span class="priceFloat--XpixvyQ1">.${frac}</span>${c.sales ? `<span class="realSales--XZJiepmt">${c.sales}</span>` : ''}<div class="procity--wlcT2xH9"><span>${prov}</span>${city ? `<span>${city}</span>` : ''}</div></div>
  <div class="subIconWrapper--Vl8zAdQn">${c.badges.map((b) => `<span>${b}</span>`).join('')}</div>
  <div class="shopName--hdF527QA"><span class="shopNameText--DmtlsDKm">${esc(c.shop)}</span></div>
  ${c.ad ? '<div class="adTag--x1"><span>广告</span></div>' : ''}
</a>`;
  }
  return `<a class="Card--doubleCardWrapper--L2XFE73" href="${href}" target="_blank">
  <div class="MainPic--mainPicWrapper--iv9Yv90"><img src="${c.img}"></div>
  <div class="Title--descWrapper--HqxzYq0"><div class="Title--title--jCOPvpf"><span>${title}</span></div></div>
  <div class="Price--priceWrapper--Q0Dn7pN"><span class="Price--priceInt--ZlsSi_M">${int}</span><span class="Price--priceFloat--h2RR0RK">.${frac}</span>${c.sales ? `<span class="Price--realSales--FhTZc7U">${c.sales}</span>` : ''}<div class="Price--procity--_7Vt3mX">${c.loc}</div></div>
  <div class="SalesPoint--subIconWrapper--s6vanNY">${c.badges.map((b) => `<span>${b}</span>`).join('')}</div>
  <div class="ShopInfo--TextAndPic--yH0AZfx"><div class="ShopInfo--shopName--rg6mGmy">${esc(c.shop)}</div></div>
</a>`;
}

function taobaoCardsPage(cards: Card[], keyword: string, gen: 2023 | 2024, note: string): string {
  return `<!doctype html>
<!-- SYNTHETIC fixture (not a capture), made by scripts/make-search-fixtures.ts: current Taobao result page,
     ${gen === 2024 ? '2024–2025 "…Adapt--" class generation' : '2023 "Card--…" class generation'} (pages-taobao.md "Current"). ${note} -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(keyword)}_淘宝搜索</title>
<style>#content_items_wrapper{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}#content_items_wrapper a{display:block;border:1px solid #eee;padding:8px;color:#333;text-decoration:none;font-size:13px;min-height:120px}img{width:100%;height:60px;object-fit:cover;background:#f3f3f3}</style>
</head>
<body><div id="content_items_wrapper" class="content--CUnfXXxv">
${cards.map((c) => `<div class="search-content-col">${taobaoCardHtml(c, gen)}</div>`).join('\n')}
</div></body></html>
`;
}

/** Taobao page that loads its results by XHR from the mtop gateway, then renders cards (like the live page). */
function taobaoMtopPage(keyword: string): string {
  return `<!doctype html>
<!-- SYNTHETIC fixture (not a capture), made by scripts/make-search-fixtures.ts: a Taobao result page that
     fetches its items from h5api.m.taobao.com (mtop.relationrecommend.wirelessrecommend.recommend, ⚠ shape
     from public scrapers) and renders cards from the response, so the MAIN-world observer can see it. -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(keyword)}_淘宝搜索</title></head>
<body><div id="content_items_wrapper"></div>
<script>
  var xhr = new XMLHttpRequest();
  xhr.open('GET', 'https://h5api.m.taobao.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/?jsv=2.7.2&appKey=12574478&t=1&api=mtop.relationrecommend.wirelessrecommend.recommend&v=2.0&type=originaljson&data=%7B%22appId%22%3A%2234385%22%7D');
  xhr.withCredentials = true;
  xhr.onload = function () {
    var items = JSON.parse(xhr.responseText).data.itemsArray;
    var box = document.getElementById('content_items_wrapper');
    items.forEach(function (it) {
      var a = document.createElement('a');
      a.className = 'doubleCardWrapperAdapt--mEcC7olq';
      a.id = 'item_id_' + it.item_id;
      a.href = it.auctionURL;
      var t = document.createElement('div');
      t.className = 'title--qJ7Xg_90';
      t.textContent = it.title.replace(/<[^>]+>/g, '');
      a.appendChild(t);
      box.appendChild(a);
    });
  };
  xhr.send();
</script></body></html>
`;
}

/**
 * A hostile Taobao result page: 48 real cards in the DOM, and a page script that tries every way it has to feed
 * the extension other items — posting observer-shaped messages (old and current names, a fake channel
 * handshake with its own port), and loading a forged search response through the page's own XHR, which the
 * observer does see. It also records what it could learn about the observer (a global, patched toString).
 */
function taobaoForgedPage(cards: Card[], keyword: string): string {
  const page = taobaoCardsPage(cards, keyword, 2024, 'HOSTILE: its script forges observer messages and a search response.');
  const forged = `{ item_id: '999', title: '伪造商品', price: '0.01', pic_path: 'https://evil.example/x.jpg', auctionURL: 'https://evil.example/' }`;
  const script = `<script>
  (function () {
    var root = document.documentElement;
    root.dataset.observerGlobal = String('__duibiaoMtopObserver' in window || Object.keys(window).some(function (k) { return /duibiao/i.test(k); }));
    root.dataset.fetchNative = String(/\\[native code\\]/.test(Function.prototype.toString.call(window.fetch)));
    root.dataset.xhrNative = String(/\\[native code\\]/.test(Function.prototype.toString.call(XMLHttpRequest.prototype.open)));
    var items = [];
    for (var i = 0; i < 60; i++) items.push(${forged.replace("'999'", 'String(990000000001 + i)')});
    var json = { api: 'mtop.relationrecommend.wirelessrecommend.recommend', ret: ['SUCCESS::调用成功'], data: { itemsArray: items } };
    var url = 'https://h5api.m.taobao.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/?forged=1';
    var shapes = [
      { source: 'duibiao-mtop-observer', url: url, json: json },
      { source: 'duibiao:observed', url: url, json: json },
      { type: 'duibiao/observed', url: url, body: JSON.stringify(json) },
      { url: url, json: json },
    ];
    var fakePort = new MessageChannel();
    window.postMessage({ source: 'duibiao:observer-channel' }, location.origin, [fakePort.port2]);
    var n = 0;
    var timer = setInterval(function () {
      shapes.forEach(function (m) { window.postMessage(m, '*'); });
      if (++n > 20) clearInterval(timer);
    }, 100);
    var xhr = new XMLHttpRequest();
    xhr.open('GET', 'https://h5api.m.taobao.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/?api=mtop.relationrecommend.wirelessrecommend.recommend&dbfx=forged');
    xhr.onload = function () { root.dataset.forgedLoaded = 'true'; };
    xhr.send();
  })();
</script>`;
  return page.replace('</body>', `${script}</body>`);
}

function taobaoMtopJson(cards: Card[]): unknown {
  return {
    api: 'mtop.relationrecommend.wirelessrecommend.recommend',
    ret: ['SUCCESS::调用成功'],
    v: '2.0',
    data: {
      itemsArray: cards.map((c) => ({
        item_id: c.id,
        title: c.title.replace('连帽卫衣女', '<span class=H>连帽卫衣女</span>'),
        price: c.price.toFixed(2),
        realSales: c.sales ?? '',
        procity: c.loc,
        nick: c.shop,
        pic_path: c.img.replace('https:', ''),
        auctionURL: c.ad ? `https://click.simba.taobao.com/cc_im?p=${c.id}` : `https://item.taobao.com/item.htm?id=${c.id}`,
        isP4p: c.ad ? 'true' : 'false',
        isTmall: c.tmall ? 'true' : 'false',
      })),
    },
  };
}

function tmallListPage(cards: Card[], keyword: string): string {
  const products = cards
    .map((c) => {
      const href = c.ad ? `https://click.simba.taobao.com/cc_im?p=${c.id}` : `//detail.tmall.com/item.htm?id=${c.id}`;
      return `<div class="product" data-id="${c.id}"><div class="product-iWrap">
  <div class="productImg-wrap"><a class="productImg" href="${href}"><img data-ks-lazyload="${c.img}" src="//img.alicdn.com/spacer.gif"></a></div>
  <p class="productPrice"><em title="${c.price.toFixed(2)}"><b>¥</b>${c.price.toFixed(2)}</em></p>
  <p class="productTitle"><a href="${href}" title="${esc(c.title.replace('【广告】', ''))}">${esc(c.title.replace('【广告】', ''))}</a></p>
  <div class="productShop"><a class="productShop-name" href="//store.taobao.com/shop/view_shop.htm">${esc(c.shop)}</a></div>
  <p class="productStatus"><span>月成交 <em>${c.sales ? c.sales.replace('人付款', '笔') : ''}</em></span></p>
  ${c.ad ? '<span class="ad-label">广告</span>' : ''}
</div></div>`;
    })
    .join('\n');
  return `<!doctype html>
<!-- SYNTHETIC fixture (not a capture), made by scripts/make-search-fixtures.ts: legacy list.tmall.com result
     page with .product cards (pages-taobao.md "Tmall list page" ⚠). -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(keyword)}-天猫Tmall.com</title></head>
<body><div id="J_ItemList" class="view grid-nosku">
${products}
</div></body></html>
`;
}

// --- 1688: 连帽卫衣 wholesale --------------------------------------------------------------------
const A_WORDS = {
  lead: ['2024秋冬新款', '跨境', '秋季新款', '外贸', '新款'],
  attr: ['加绒加厚', '宽松', '纯棉', '重磅', '拉链开衫', '套头', '刺绣', '印花'],
  who: ['女', '男女同款', '学生', '情侣'],
  tail: ['一件代发', '厂家直销', '批发', '现货', '工厂货源'],
};
const A_LOCS: [string, string][] = [
  ['广东', '广州市'],
  ['浙江', '义乌市'],
  ['福建', '泉州市'],
  ['江苏', '常熟市'],
  ['浙江', '湖州市'],
  ['广东', '东莞市'],
];
const A_SALES = ['已售1.2万+件', '全网10万+件', '已售3000+件', '已售500+件', '已售2.5万+件', '已售80+件', '全网1万+件'];

function cards1688(
  seed: number,
  count: number,
  adAt: readonly number[],
  idBase: number,
): (Card & { city: string; prov: string; superFactory: boolean })[] {
  const r = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const [prov, city] = pick(r, A_LOCS);
    const words = [
      pick(r, A_WORDS.lead),
      pick(r, A_WORDS.attr),
      '连帽卫衣',
      pick(r, A_WORDS.who),
      pick(r, A_WORDS.attr),
      pick(r, A_WORDS.tail),
    ];
    return {
      id: String(idBase + i * 104729),
      title: [...new Set(words)].join(''),
      price: Math.round((12 + r() * 40) * 100) / 100,
      sales: r() < 0.1 ? null : pick(r, A_SALES),
      loc: `${prov} ${city}`,
      prov,
      city,
      shop: `${pick(r, ['广州市', '义乌市', '泉州市', '东莞市'])}${pick(r, ['衣尚', '锦程', '优品', '辰星'])}服饰有限公司`,
      img: `https://cbu01.alicdn.com/img/ibank/O1CN01${idBase + i}_!!0-0-cib.jpg`,
      tmall: false,
      badges: [],
      ad: adAt.includes(i + 1),
      repurchase: `${Math.floor(8 + r() * 40)}%`,
      superFactory: r() < 0.2,
    };
  });
}

function offerMtopResponse(cards: ReturnType<typeof cards1688>): unknown {
  return {
    api: 'mtop.relationrecommend.WirelessRecommend.recommend',
    data: {
      data: {
        OFFER: {
          found: '2000',
          hasMore: 'true',
          items: cards.map((c) => ({
            cellType: 'smart_ui_offer',
            data: {
              offerId: c.id,
              title: c.title.replace('连帽卫衣', '<font color=red>连帽卫衣</font>'),
              priceInfo: { price: c.price.toFixed(2), priceType: 'NORMAL' },
              afterPrice: c.sales ? { text: c.sales, matKey: 'sale_count' } : undefined,
              bookedCount: c.sales ? undefined : '',
              offerRepurchaseRate: c.repurchase,
              factoryInspection: c.superFactory ? 'true' : 'false',
              superFactory: c.superFactory ? 'true' : 'false',
              businessInspection: 'false',
              isP4P: c.ad ? 'true' : 'false',
              province: c.prov,
              city: c.city,
              offerTags: { serviceTags: c.superFactory ? ['深度验厂', '48小时发货'] : ['48小时发货'] },
              tags: [{ text: ' 退货包运费 ' }],
              shop: { text: c.shop, tpYear: '5' },
              offerPicUrl: `${c.img},${c.img.replace('.jpg', '_2.jpg')}`,
              linkUrl: c.ad ? `https://dj.1688.com/ci_bb?a=${c.id}` : `https://detail.1688.com/offer/${c.id}.html`,
            },
          })),
        },
      },
    },
    ret: ['SUCCESS::调用成功'],
    v: '2.0',
  };
}

/**
 * The 2025–26 page as public readers describe it (⚠, no capture): no cards in the HTML; after load the page's
 * script fills `window.data.offerV2Showed.offerList` with flat offers (ads marked `isBid: "true"`).
 */
function page1688State(cards: ReturnType<typeof cards1688>, keyword: string): string {
  const response = offerMtopResponse(cards) as { data: { data: { OFFER: { items: { data: Record<string, unknown> }[] } } } };
  const offers = response.data.data.OFFER.items.map((cell) => {
    const { isP4P, ...offer } = cell.data;
    return isP4P === 'true' ? { ...offer, isBid: 'true' } : offer;
  });
  return `<!doctype html>
<!-- SYNTHETIC fixture (not a capture): a 1688 result page of 2025–26 that keeps its offers in window.data.offerV2Showed,
     filled after load (pages-1688.md, public readers ⚠). ${cards.length} offers, ads by isBid. -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(keyword)} - 阿里巴巴</title></head>
<body><div id="root">正在加载…</div>
<script>
window.addEventListener('load', function () {
  setTimeout(function () {
    window.data = { offerV2Showed: { offerList: ${JSON.stringify(offers)} } };
    document.getElementById('root').textContent = '共 ' + window.data.offerV2Showed.offerList.length + ' 个商品';
  }, 200);
});
</script></body></html>
`;
}

function offerCardHtml(c: ReturnType<typeof cards1688>[number]): string {
  const href = c.ad ? `https://dj.1688.com/ci_bb?a=${c.id}` : `https://detail.1688.com/offer/${c.id}.html`;
  return `<a class="search-offer-wrapper${c.ad ? ' ocms-fusion-1688-pc-pc-ad-common-offer-2024' : ''}" href="${href}" data-offer-id="${c.id}">
  <img class="main-img" src="${c.img}">
  <div class="offer-title-row"><div class="title-text">${esc(c.title)}</div></div>
  <div class="offer-price-row"><div class="price-item">${c.price.toFixed(2)}</div><div class="col-desc_after"><div class="desc-text">${c.sales ?? ''}</div></div></div>
  <div class="offer-shop-row"><div class="desc-text">${esc(c.shop)}</div></div>
  <div class="offer-tag-row">${c.superFactory ? '<span>超级工厂</span>' : ''}<span>48小时发货</span></div>
</a>`;
}

function page1688Hydrating(keyword: string): string {
  return `<!doctype html>
<!-- SYNTHETIC fixture (not a capture), made by scripts/make-search-fixtures.ts: current 1688 search page
     (pages-1688.md §1.2 B): a React-style shell that loads its offers by JSONP from the mtop gateway
     (callback mtopjsonpreqTppId_32517_getOfferList<N>) and renders .search-offer-wrapper cards. -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(keyword)} - 1688</title>
<style>.page-offerlist{display:grid;grid-template-columns:repeat(5,1fr);gap:10px}.search-offer-wrapper{display:block;border:1px solid #eee;padding:6px;font-size:12px;color:#333;text-decoration:none;min-height:110px}img{width:100%;height:50px;object-fit:cover;background:#f3f3f3}</style></head>
<body><div id="app"><div class="page-offerlist" data-autotest="major-list-wrapper"></div></div>
<script>
  (function () {
    var page = /[?&]beginPage=(\\d+)/.exec(location.search);
    page = page ? page[1] : '1';
    var cb = 'mtopjsonpreqTppId_32517_getOfferList' + (3 + Number(page));
    window[cb] = function (res) {
      var box = document.querySelector('.page-offerlist');
      res.data.data.OFFER.items.forEach(function (cell) {
        var d = cell.data;
        var a = document.createElement('a');
        a.className = 'search-offer-wrapper' + (d.isP4P === 'true' ? ' ocms-fusion-1688-pc-pc-ad-common-offer-2024' : '');
        a.href = d.linkUrl;
        var t = document.createElement('div');
        t.className = 'offer-title-row';
        t.innerHTML = '<div class="title-text"></div><div class="offer-price-row"><div class="price-item"></div></div>';
        t.querySelector('.title-text').textContent = d.title.replace(/<[^>]+>/g, '');
        t.querySelector('.price-item').textContent = d.priceInfo.price;
        a.appendChild(t);
        box.appendChild(a);
      });
    };
    var s = document.createElement('script');
    s.src = 'https://h5api.m.1688.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/?jsv=2.7.0&appKey=12574478&t=1&api=mtop.relationrecommend.WirelessRecommend.recommend&v=2.0&type=jsonp&dataType=jsonp&jsonpIncPrefix=reqTppId_32517_getOfferList&callback=' + cb + (page === '2' ? '&dbfx=p2' : '');
    document.head.appendChild(s);
  })();
</script></body></html>
`;
}

function page1688Legacy(cards: ReturnType<typeof cards1688>, keyword: string): string {
  const offerList = cards.map((c) => ({
    id: c.id,
    information: {
      subject: c.title,
      simpleSubject: c.title.slice(0, 12),
      detailUrl: `https://detail.1688.com/offer/${c.id}.html`,
      rePurchaseRate: c.repurchase,
    },
    company: { name: c.shop, province: c.prov, city: c.city, isFactory: c.superFactory ? 'Y' : 'N', isSuperFactory: c.superFactory },
    tradePrice: { offerPrice: { valueString: c.price.toFixed(2), priceInfo: { price: c.price.toFixed(2) } } },
    tradeQuantity: { saleQuantity: c.sales ?? '', quantityBegin: 2, unit: '件' },
    tradeService: { sevenDaysReturn: true, deliveryHours: '48' },
    image: { imgUrl: c.img },
    ...(c.ad ? { isP4P: true } : {}),
  }));
  const rendered = cards
    .map(
      (c) =>
        `<div class="sm-offer-item"><a class="sm-offer-photoLink sw-dpl-offer-photoLink" href="https://detail.1688.com/offer/${c.id}.html" title="${esc(c.title)}"><img src="${c.img}"></a><span class="sm-offer-priceNum sw-dpl-offer-priceNum" title="${c.price.toFixed(2)}">¥${c.price.toFixed(2)}</span></div>`,
    )
    .join('\n');
  return `<!doctype html>
<!-- SYNTHETIC fixture (not a capture), made by scripts/make-search-fixtures.ts: legacy 1688 search page
     (≈2015–2022, pages-1688.md §1.2 A) with window.data.offerresultData = successDataCheck({…}). -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(keyword)} - 1688</title>
<script>window.data = window.data || {};
window.data.offerresultData = successDataCheck(${JSON.stringify({ data: { offerList, totalCount: 2000 } })});
window.data.pageConfigData = successDataCheck({"requestId":"synthetic-1"});</script></head>
<body><div id="sm-offer-list">
${rendered}
</div></body></html>
`;
}

function page1688Dom(cards: ReturnType<typeof cards1688>, keyword: string): string {
  return `<!doctype html>
<!-- SYNTHETIC fixture (not a capture), made by scripts/make-search-fixtures.ts: current 1688 search page as
     saved after hydration (rendered DOM only, no JSON): cards per pages-1688.md §1.2 "Current DOM". -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(keyword)} - 1688</title></head>
<body><div id="app"><div class="page-offerlist" data-autotest="major-list-wrapper">
${cards.map(offerCardHtml).join('\n')}
</div></div></body></html>
`;
}

function unknownLayoutPage(keyword: string): string {
  return `<!doctype html>
<!-- SYNTHETIC fixture (not a capture): a Taobao result page in a layout the parser does not know: item links
     exist but no title / price / card structure. The capture must fail and say what is missing. -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(keyword)}_淘宝搜索</title></head>
<body><div id="content_items_wrapper">
${Array.from({ length: 12 }, (_, i) => `<a class="doubleCardWrapperAdapt--zzz" href="https://item.taobao.com/item.htm?id=${900 + i}"><div class="newThing--q1">商品 ${i}</div></a>`).join('\n')}
</div></body></html>
`;
}

// --- write ---------------------------------------------------------------------------------
const KW_TB = '连帽卫衣女';
const KW_1688 = '连帽卫衣';

// Taobao legacy: 44 per page; ads at 1, 2, 15, 30 on page 1 and 1, 20 on page 2. Page 2 repeats one item of page 1.
const legacyP1 = taobaoCards(11, 44, [1, 2, 15, 30], 600000000001);
const legacyP2 = taobaoCards(12, 44, [1, 20], 610000000001);
legacyP2[5] = { ...legacyP1[10]! };
write('s.taobao.com/search~legacy.html', taobaoLegacyPage(legacyP1, KW_TB));
write('s.taobao.com/search~legacy-p2.html', taobaoLegacyPage(legacyP2, KW_TB));

// Current cards: 48 per page (4 ads on page 1, 2 on page 2).
const cardsP1 = taobaoCards(21, 48, [1, 2, 13, 25], 620000000001);
const cardsP2 = taobaoCards(22, 48, [1, 25], 630000000001);
write('s.taobao.com/search.html', taobaoCardsPage(cardsP1, KW_TB, 2024, 'Page 1 of 连帽卫衣女.'));
write('s.taobao.com/search~p2.html', taobaoCardsPage(cardsP2, KW_TB, 2024, 'Page 2 of 连帽卫衣女.'));

// Page 1 of the same search captured later (history, 趋势 and 动态): organic rank 15 jumps to rank 1, organic
// rank 5 is 20% cheaper, the last organic item has left and a new item has taken its place.
const laterP1 = cardsP1.map((c) => ({ ...c }));
const laterOrganic = laterP1.filter((c) => !c.ad);
const riser = laterOrganic[14]!;
laterP1.splice(laterP1.indexOf(riser), 1);
laterP1.splice(2, 0, riser);
laterOrganic[4]!.price = Math.round(laterOrganic[4]!.price * 80) / 100;
laterP1[laterP1.indexOf(laterOrganic[laterOrganic.length - 1]!)] = taobaoCards(26, 1, [], 680000000001)[0]!;
write('s.taobao.com/search~later.html', taobaoCardsPage(laterP1, KW_TB, 2024, 'Page 1 of 连帽卫衣女, captured later.'));
write('s.taobao.com/search~cards2023.html', taobaoCardsPage(taobaoCards(23, 48, [1, 9], 640000000001), KW_TB, 2023, ''));
write(
  's.taobao.com/search~partial.html',
  taobaoCardsPage(cardsP1.slice(0, 12), KW_TB, 2024, 'Lazy loading: only the first 12 cards rendered.'),
);
// A brand store among the competitors: 拾光旗舰店 writes its brand at the head of its titles (store brands are cut
// whole, classed 品牌词 and never suggested or proposed).
const brandStoreCards = taobaoCards(27, 48, [1, 13], 690000000001).map((c, i) =>
  i % 6 === 3
    ? { ...c, shop: '拾光旗舰店', title: `拾光${c.title}`, tmall: true }
    : c.shop.endsWith('旗舰店')
      ? { ...c, shop: c.shop.replace('旗舰店', '小铺') }
      : c,
);
write(
  's.taobao.com/search~brand-store.html',
  taobaoCardsPage(brandStoreCards, KW_TB, 2024, 'Page 1 of 连帽卫衣女 with a brand store (拾光旗舰店) among the competitors.'),
);
write('s.taobao.com/search~unknown-layout.html', unknownLayoutPage(KW_TB));
write('s.taobao.com/search~mtop.html', taobaoMtopPage(KW_TB));
write(
  'h5api.m.taobao.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index.json',
  JSON.stringify(taobaoMtopJson(taobaoCards(31, 48, [1, 4], 650000000001))),
);
write('s.taobao.com/search~forged.html', taobaoForgedPage(taobaoCards(24, 48, [1, 2], 670000000001), KW_TB));
write(
  'h5api.m.taobao.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index~forged.json',
  JSON.stringify(
    taobaoMtopJson(taobaoCards(25, 60, [], 990000000001).map((c) => ({ ...c, price: 0.01, img: 'https://evil.example/forged.jpg' }))),
  ),
);
write(
  'list.tmall.com/search_product.htm',
  tmallListPage(
    taobaoCards(41, 60, [1, 30], 660000000001).map((c) => ({ ...c, tmall: true })),
    KW_TB,
  ),
);

// 1688: 60 cells per page, ads at 1, 7, 20, 41 on page 1 (56 organic → partial) and 3 on page 2.
const a1 = cards1688(51, 60, [1, 7, 20, 41], 700000000001);
const a2 = cards1688(52, 60, [3], 710000000001);
a2[0] = { ...a1[1]! }; // an offer shown on both pages counts once
write('h5api.m.1688.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index.json', JSON.stringify(offerMtopResponse(a1)));
write('h5api.m.1688.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/index~p2.json', JSON.stringify(offerMtopResponse(a2)));
write('s.1688.com/selloffer/offer_search.htm', page1688Hydrating(KW_1688));
write('s.1688.com/selloffer/offer_search~legacy.html', page1688Legacy(cards1688(61, 60, [], 720000000001), KW_1688));
write('s.1688.com/selloffer/offer_search~dom.html', page1688Dom(cards1688(71, 40, [1, 12], 730000000001), KW_1688));
write('s.1688.com/selloffer/offer_search~state.html', page1688State(cards1688(81, 50, [2, 9, 30], 740000000001), KW_1688));
console.log('fixtures written under', SITES);
