/**
 * 1688 search DOM (pages-1688.md §1.2). Class names "periodically reshuffle"; the current ones are from
 * public scraper code of 2024–2026, the legacy ones from ≈2015–2022 pages.
 */
export const SEARCH_1688 = {
  /** Current (2024–2026): `a.search-offer-wrapper[href*='offerId=']` or `a.search-offer-item` in `.page-offerlist`. */
  card: [
    '.page-offerlist a.search-offer-wrapper',
    '[data-autotest="major-list-wrapper"] a.search-offer-item',
    'a.search-offer-wrapper',
    'a.search-offer-item',
  ],
  title: ['.offer-title-row .title-text', '.title-text'],
  price: ['.offer-price-row .price-item', '.price-item'],
  sales: ['.offer-price-row .col-desc_after .desc-text', '.col-desc_after .desc-text'],
  shop: ['.offer-shop-row .desc-text'],
  image: ['img.main-img', 'img'],
  badges: ['.offer-tag-row span', '.offer-tags span'],
  /** Legacy (≈2015–2022): `.sm-offer-item` cards. */
  legacyCard: ['.sm-offer-item'],
  legacyTitle: ['a.sm-offer-photoLink'],
  legacyPrice: ['span.sm-offer-priceNum'],
  legacySales: ['.sm-offer-tradeBt'],
  legacyRepurchase: ['.sm-widget-offershopwindowshoprepurchaserate'],
  legacyShop: ['a.sm-offer-companyName'],
  legacyLocation: ['.sm-offer-location'],
} as const;

/** Ad markers on current cards: the ad card class, and ad-click hosts in the link. */
export const AD_CARD_CLASS_1688 = 'ocms-fusion-1688-pc-pc-ad-common-offer-2024';
export const AD_HOSTS_1688 = ['dj.1688.com', 'click.p4p.1688.com', 'match.p4p.1688.com'];

/**
 * Publish/edit page offer-new.1688.com/popular/publish.htm (pages-1688.md §3.2 ⚠): the title is a React
 * input whose placeholder contains 建议使用; the others are fallbacks for older fill pages.
 */
export const EDITOR_1688 = {
  title: ['input[placeholder*="建议使用"]', 'input[name="title"]', 'input#title'],
} as const;

/**
 * Offer detail page DOM fallback (pages-1688.md §2.2, public scraper code): current "od" modules and the
 * old #mod-detail page; the description loads into #detailContentContainer.
 */
export const DETAIL_1688 = {
  title: ['.title-content h1', '.module-od-title h1', '#mod-detail-title h1', '.d-title'],
  price: ['.module-od-main-price', '.price-content', '#mod-detail-price'],
  images: ['.module-od-picture-gallery img', '.detail-gallery-img', '#dt-tab img'],
  company: ['.shop-company-name h1', '.company-name'],
  description: ['#detailContentContainer', '.module-od-offer-description', '#desc-lazyload-container'],
} as const;

/**
 * 商品管理 · 出售中 (offer.1688.com/offer/manage.htm, in an iframe of work.1688.com; pages-1688.md §3.1 ⚠):
 * rows are found by their title link to the offer; other cells by class hints.
 */
export const MANAGE_1688 = {
  titleLink: 'a[href*="detail.1688.com/offer/"]',
  row: ['tr', '.offer-item', '[class*="offer-row"]', 'li'],
  price: ['.price', '[class*="price"]'],
  stock: ['.stock', '[class*="stock"]', '[class*="amount"]'],
  status: ['.status', '[class*="status"]'],
} as const;
