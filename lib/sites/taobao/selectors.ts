/**
 * Taobao search-card selectors (shared/reference/pages-taobao.md). Class names on the current pages
 * are CSS-module hashes; we match the stable logical prefix before `--` and keep the seen hashes only
 * in comments. Alternatives are tried in order.
 */
export const TAOBAO_SEARCH = {
  /** Card anchor: 2024–2025 `a.doubleCardWrapperAdapt--mEcC7olq` (id="item_id_<nid>"); 2023 `a.Card--doubleCardWrapper--L2XFE73`. */
  card: ['a[class*="doubleCardWrapperAdapt--"]', 'a[class*="Card--doubleCardWrapper--"]', '#content_items_wrapper a[id^="item_id_"]'],
} as const;

/**
 * Card parts by logical class name: a class token `Name--hash` (2024–2025) or `Block--name--hash` (2023)
 * has the logical name `Name` / `name`. One pass over a card's elements finds them all.
 */
export const TAOBAO_CARD_PARTS = {
  /** 2023 `Title--title--jCOPvpf`; 2024 `title--qJ7Xg_90`. */
  title: 'title',
  /** Price integer and fraction are separate nodes: 2023 `Price--priceInt--ZlsSi_M`, 2024 `priceInt--yqqZMJ5a`. */
  priceInt: 'priceInt',
  priceFloat: 'priceFloat',
  /** "1000+人付款": 2023 `Price--realSales--FhTZc7U`, 2024 `realSales--XZJiepmt`. */
  sales: 'realSales',
  /** Ship-from: 2023 `Price--procity--_7Vt3mX` (one node), 2024 `procity--wlcT2xH9` with province and city spans. */
  procity: 'procity',
  /** Shop: 2024 `shopNameText--DmtlsDKm` (inside `shopName--hdF527QA`); 2023 `ShopInfo--shopName--rg6mGmy`. */
  shopText: 'shopNameText',
  shop: 'shopName',
  /** Service badges (包邮 …): 2023 `SalesPoint--subIconWrapper--s6vanNY`, 2024 `subIconWrapper--Vl8zAdQn`. */
  badges: 'subIconWrapper',
  /** Main image: 2024 `img.mainPic--Ds3X7I8z`; 2023 `MainPic--mainPicWrapper--iv9Yv90` around the img. */
  image: 'mainPic',
  imageWrapper: 'mainPicWrapper',
} as const;

/** Hosts whose links mark a paid (直通车 / P4P) card. */
export const TAOBAO_AD_HOSTS = ['click.simba.taobao.com'];

/**
 * Publish/edit page item.upload.taobao.com/sell/publish.htm (pages-taobao.md "Seller back office" ⚠, no
 * capture seen): a React-controlled title input. Alternatives from the most to the least specific.
 */
export const TAOBAO_EDITOR = {
  title: ['input[name="title"]', 'input#title', '#struct-title input', 'input[placeholder*="标题"]'],
} as const;

/**
 * Item pages item.taobao.com / detail.tmall.com, current React generation: parts by logical class name,
 * as on the result page. Checked on the real 2026-09 Tmall capture (`mainTitle--R75fTcZL`,
 * `shopName--cSjM9uKk`); `priceText`, `salesDesc`, `deliveryFrom` are from public scrapers (⚠) and absent
 * there. The page's data is read from `__ICE_APP_CONTEXT__` first (item-data.ts); these serve the fallback.
 */
export const TAOBAO_ITEM_PARTS = {
  title: 'mainTitle',
  price: 'priceText',
  sales: 'salesDesc',
  shop: 'shopName',
  shipFrom: 'deliveryFrom',
} as const;

export const TAOBAO_ITEM = {
  /** Gallery thumbnails (2026 `img.thumbnailPic--QasTmWDm`; legacy `#J_UlThumb`). */
  images: ['[class*="thumbnailPic--"]', '#J_UlThumb img', '[class*="mainPic--"]'],
  /** 2026 capture: the price is `text--Do8Zgb3q` right after the `unit--zM7V7E0w` ￥ (no `priceText--`). */
  price: ['[class*="unit--"] + [class*="text--"]'],
  /** 2026 capture, overseas visit: `seller-area--Ea4vdV2Q > location--JVL3A08O` (广东深圳). */
  shipFrom: ['[class*="seller-area--"] [class*="location--"]'],
  /** SKU value buttons (current `valueItem--…` inside `skuItem--…`). */
  skus: ['[class*="valueItem--"]', '.J_TSaleProp li'],
  /** The name inside a SKU button (2026 `valueItemText--T7YrR8tO`, name also in `title`). */
  skuName: ['[class*="valueItemText--"]'],
  /** The corner tag inside a SKU button (2026 `cornerText--VbKlraC5`, 推荐): never part of the name. */
  skuCorner: ['[class*="cornerText--"]', '[class*="corner--"]'],
  /** Attribute rows 参数信息 (current `infoItem--…` with title/text parts). */
  attributes: ['[class*="infoItem--"]'],
  badges: ['[class*="guaranteeText--"]', '[class*="serviceItem--"]'],
  description: ['#description', '[class*="descV8-container"]', '#J_DivItemDesc'],
} as const;

/** 出售中的宝贝 (myseller.taobao.com/home.htm/SellManage/on_sale ⚠, no capture seen): item rows by their item link. */
export const TAOBAO_MANAGE = {
  titleLink: 'a[href*="item.taobao.com/item.htm"], a[href*="detail.tmall.com/item.htm"]',
  row: ['tr', '[class*="item-row"]', 'li'],
  price: ['[class*="price"]'],
  stock: ['[class*="stock"]', '[class*="quantity"]'],
  status: ['[class*="status"]'],
} as const;
