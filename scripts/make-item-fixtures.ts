/**
 * Writes the item-page fixtures under tests/fixtures/sites/ (run: npx tsx scripts/make-item-fixtures.ts).
 * The two 1688 pages wrap the REAL `window.__INIT_DATA` dumps from tests/fixtures/samples/1688 (see their
 * SOURCES.md) in a synthetic page shell; every other page is SYNTHETIC and says so at its top.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SITES = resolve(ROOT, 'tests/fixtures/sites');
const SAMPLES = resolve(ROOT, 'tests/fixtures/samples/1688');

function write(path: string, text: string): void {
  const file = resolve(SITES, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** JSON that can sit inside a <script> without ending it. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

function shell1688(title: string, note: string, script: string, body: string): string {
  return `<!doctype html>
<!-- ${note} -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<script>${script}</script></head>
<body>${body}</body></html>
`;
}

const DESCRIPTION = `<div id="detailContentContainer"><div class="content-detail">
  <h2>产品介绍</h2>
  <p>（合成的描述文字，仅用于测试）本套装适合日常护肤使用，洁面乳温和清洁，爽肤水补水保湿，精华乳滋润肌肤。</p>
  <p>规格：洁面乳 80g，爽肤水 120ml，精华乳 120ml。保质期三年，请放置于阴凉干燥处。</p>
  <img src="https://cbu01.alicdn.com/img/ibank/desc-1.jpg"><script>window.descriptionScriptRan = true;</script>
</div></div>`;

for (const id of ['597090034012', '833454967766']) {
  const raw = readFileSync(resolve(SAMPLES, `detail_INIT_DATA_${id}_2024-10.json`), 'utf8');
  const init = JSON.parse(raw) as { globalData: { tempModel: { offerTitle: string } } };
  const note = `Page shell is SYNTHETIC; window.__INIT_DATA is the REAL dump tests/fixtures/samples/1688/detail_INIT_DATA_${id}_2024-10.json (buyer fields already REDACTED there). The description block is synthetic.`;
  write(
    `detail.1688.com/offer/${id}.html`,
    shell1688(
      `${init.globalData.tempModel.offerTitle} - 1688`,
      note,
      `window.__INIT_DATA=${scriptJson(init)};\nwindow.__GLOBAL_DADA={};`,
      `<div class="od-pc-layout"></div>${DESCRIPTION}`,
    ),
  );
  if (id === '597090034012') {
    // A later version of the same offer: title, prices, one image and one SKU changed (synthetic edit of the real dump).
    const changed = JSON.parse(raw) as Record<string, any>;
    const comps = Object.values(changed.data as Record<string, any>);
    const title = comps.find((c) => c.componentType === '@ali/tdmod-od-pc-offer-title').data;
    title.title = '梵贞男士洗面奶补水控油护肤品套装面霜洁面乳男士护肤套盒一件代发';
    title.saleNum = '4万+';
    changed.globalData.tempModel.saledCount = 40210;
    const pic = comps.find((c) => c.componentType === '@ali/tdmod-pc-od-main-pic').data;
    pic.offerImgList = [...pic.offerImgList.slice(1), 'https://cbu01.alicdn.com/img/ibank/O1CN01NEWIMAGE_!!2926666289-0-cib.jpg'];
    const skuMap = changed.globalData.skuModel.skuInfoMap as Record<string, { discountPrice: string }>;
    const names = Object.keys(skuMap);
    delete skuMap[names[0]!];
    skuMap[names[1]!]!.discountPrice = '5.99';
    write(
      `detail.1688.com/offer/${id}~changed.html`,
      shell1688(
        `${title.title} - 1688`,
        `SYNTHETIC edit of the REAL __INIT_DATA dump of offer ${id}: a later "version" with a new title, sales, one image replaced and SKUs changed.`,
        `window.__INIT_DATA=${scriptJson(changed)};`,
        DESCRIPTION,
      ),
    );
  }
}

// window.context generation (2024/25 →): the argument literal has unquoted numeric keys (skuWeight:{111:0.35}).
const context = `{"result":{"data":{
  "Root":{"fields":{"dataJson":{"tempModel":{"offerId":710000000001,"offerTitle":"跨境750ml大容量保温杯不锈钢","companyName":"永康市示例杯业有限公司","saledCount":12873},"skuModel":{"skuInfoMap":[]}}}},
  "productTitle":{"fields":{"title":"跨境750ml大容量保温杯不锈钢","saleNum":"1万+","tagList":[{"text":"严选"}],"shopInfo":{"companyName":"永康市示例杯业有限公司","byrRepeatRate3m":"32%"}}},
  "mainPrice":{"fields":{"finalPriceModel":{"tradeWithoutPromotion":{"offerMinPrice":"12.50","offerMaxPrice":"16.00","offerBeginAmount":2,"offerPriceRanges":[{"price":"16.00","beginAmount":2},{"price":"13.80","beginAmount":100},{"price":"12.50","beginAmount":1000}],"skuMapOriginal":[{"skuId":1,"specAttrs":"黑色&gt;750ml","price":"16.00","discountPrice":"16.00","canBookCount":5000},{"skuId":2,"specAttrs":"白色&gt;750ml","price":"16.00","canBookCount":3200}]}}}},
  "gallery":{"fields":{"offerImgList":["https://cbu01.alicdn.com/img/ibank/cup-1.jpg","https://cbu01.alicdn.com/img/ibank/cup-2.jpg"],"video":{"coverUrl":"https://img.alicdn.com/cup-video.jpg"}}},
  "shippingServices":{"fields":{"freightInfo":{"location":"浙江省金华市","skuWeight":{111:0.35,222:0.36}},"buyerProtectionModel":[{"serviceName":"7天无理由退货"},{"serviceName":"48小时发货"}]}}
},"global":{"globalData":{"model":{"offerDetail":{"featureAttributes":[{"name":"材质","values":["304不锈钢"]},{"name":"容量","values":["750ml"]}]},"detailBusiness":{"shopBaseInfo":{"isPm":true,"isPmSource":false}},"sellerModel":{"frontSellerLoginId":"示例杯业"}}}}}}`;
write(
  'detail.1688.com/offer/710000000001.html',
  shell1688(
    '跨境750ml大容量保温杯不锈钢 - 1688',
    'SYNTHETIC fixture (not a capture): 2024/25 1688 detail page with window.context = (function(b, c){…})(window.contextPath, {…}) following pages-1688.md §2.2 (3); numeric keys unquoted as reported.',
    `window.contextPath = '/';\nwindow.context = (function(b, c){ return c; })(window.contextPath, ${context});`,
    '<div id="app"></div>',
  ),
);

write(
  'detail.1688.com/offer/720000000001.html',
  shell1688(
    '纯棉连帽卫衣批发 - 1688',
    'SYNTHETIC fixture (not a capture): a 1688 detail page saved without its data, DOM only (pages-1688.md §2.2 DOM anchors).',
    '',
    `<div class="module-od-title"><div class="title-content"><h1>纯棉连帽卫衣批发 厂家直销</h1></div></div>
<div class="module-od-main-price"><span>¥</span>25.00-32.00</div>
<div class="module-od-picture-gallery"><img src="https://cbu01.alicdn.com/img/ibank/hoodie-1.jpg"><img data-src="https://cbu01.alicdn.com/img/ibank/hoodie-2.jpg" src="data:image/gif;base64,R0lGOD"></div>
<div class="shop-company-name"><h1>广州示例服饰有限公司</h1></div>`,
  ),
);

write(
  'detail.1688.com/offer/730000000001.html',
  shell1688(
    '1688',
    'SYNTHETIC fixture (not a capture): a broken detail page (cut-off __INIT_DATA, no title in the DOM). Capture must fail and save nothing.',
    'window.__INIT_DATA={"data":{"1":{"componentType":"@ali/tdmod-od-pc-offer-title","data":{"ti',
    '<div class="od-pc-layout">加载失败</div>',
  ),
);

function taobaoItem(platform: 'taobao' | 'tmall', title: string, price: string, extra: string): string {
  return `<!doctype html>
<!-- SYNTHETIC fixture (not a capture): ${platform === 'tmall' ? 'detail.tmall.com' : 'item.taobao.com'} item page, current React generation with
     CSS-module classes by logical name (pages-taobao.md "Item pages" ⚠: mainTitle--, priceText--, salesDesc--). -->
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}-${platform === 'tmall' ? '天猫Tmall.com' : '淘宝网'}</title></head>
<body>
<div class="PicGallery--root--x1">
  <div class="PicGallery--thumbnails--a"><div class="PicGallery--thumbnailPic--b1"><img src="//img.alicdn.com/imgextra/i1/hoodie-a.jpg_60x60q50.jpg"></div><div class="PicGallery--thumbnailPic--b1"><img src="//img.alicdn.com/imgextra/i2/hoodie-b.jpg_60x60q50.jpg"></div></div>
</div>
<div class="ItemHeader--root--y"><h1 class="ItemHeader--mainTitle--3CIjqW5">${title}</h1><div class="ItemHeader--salesDesc--srlk2Hv">已售 2000+</div></div>
<div class="Price--root--z"><span class="Price--priceText--2nLbVda">${price}</span></div>
<div class="SkuContent--root"><div class="SkuContent--skuItem--1"><div class="SkuContent--valueItem--lHOIeXg" title="黑色 M">黑色 M</div><div class="SkuContent--valueItem--lHOIeXg" title="灰色 L">灰色 L</div></div></div>
<div class="GuaranteeInfo--root"><span class="GuaranteeInfo--guaranteeText--2nSP7xQ">7天无理由退货</span><span class="GuaranteeInfo--guaranteeText--2nSP7xQ">退货宝</span></div>
<div class="ShopHeader--root"><span class="ShopHeader--shopName--zZ3913d">示例服饰${platform === 'tmall' ? '旗舰店' : '小铺'}</span></div>
<div class="delivery--root"><span class="delivery--deliveryFrom--ab">浙江杭州</span></div>
<div class="emphasisParamsInfo"><div class="ItemInfo--infoItem--x"><span>面料</span><span>纯棉</span></div><div class="ItemInfo--infoItem--x"><span>领型</span><span>连帽</span></div></div>
${extra}
</body></html>
`;
}
write(
  'detail.tmall.com/item.htm',
  taobaoItem(
    'tmall',
    '示例品牌连帽卫衣女2024秋冬加绒宽松外套',
    '159-199',
    '<div id="description"><p>（合成描述）面料柔软亲肤，加绒保暖，宽松版型。</p></div>',
  ),
);
write('item.taobao.com/item.htm', taobaoItem('taobao', '冬季连帽卫衣女加厚宽松学生外套', '89.90', ''));
console.log('item fixtures written');
