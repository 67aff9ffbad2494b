import { z } from 'zod';
import { LIMITS } from './limits';
import { PageKindSchema, PlatformSchema } from './page';

/** Where a result page's items were read, richest first (each platform's search.ts tries them in order). */
export const SEARCH_SOURCES = ['mtop', 'g_page_config', 'offerresultData', 'dom', 'general'] as const;
export const SearchSourceSchema = z.enum(SEARCH_SOURCES);
export type SearchSource = z.infer<typeof SearchSourceSchema>;

/** How the UI names each source. */
export const SEARCH_SOURCE_LABELS: Record<SearchSource, string> = {
  mtop: '页面加载的搜索数据',
  g_page_config: '页面内嵌数据（旧版）',
  offerresultData: '页面内嵌数据（旧版）',
  dom: '页面上的商品卡片',
  general: '通用识别（页面结构没见过，按看到的内容读取）',
};

/**
 * Where an item page's data was read: 1688 window.context (2024→) or window.__INIT_DATA (2021–24); Taobao/Tmall
 * __ICE_APP_CONTEXT__ (SSR, 2025→) or the page's own mtop.taobao.pcdetail.data.get response; the DOM by known
 * selectors; the general reader (what a person sees, when no known structure is there).
 */
export const ITEM_SOURCES = ['context', '__INIT_DATA', 'ice', 'pcdetail', 'dom', 'general'] as const;
export const ItemSourceSchema = z.enum(ITEM_SOURCES);
export type ItemSourceName = z.infer<typeof ItemSourceSchema>;

/** Epoch milliseconds. */
const Timestamp = z.number().int().nonnegative();
/** A count or amount that may be unknown: null means "not shown", never 0. */
const MaybeNumber = z.number().finite().nullable();

/** Why an item counts as an ad: the marker that was seen (p4p flag, click.simba link, 广告 label…). */
export const AdEvidenceSchema = z.string().min(1).max(LIMITS.shortText);

/** Text fields of scraped records, bounded (lib/model/limits.ts; parsers cut to these before saving). */
const Title = z.string().max(LIMITS.title);
const ShortText = z.string().max(LIMITS.shortText);
const Url = z.string().max(LIMITS.url);
const ItemId = z.string().min(1).max(LIMITS.itemId);
const Badges = z.array(ShortText).max(LIMITS.badges);

/** One card of a search result page (organic or ad), as parsed from JSON or DOM. */
export const SearchItemSchema = z.object({
  platform: PlatformSchema,
  /** 1-based position among all cards on the page, ads included. */
  position: z.number().int().positive(),
  itemId: ItemId,
  title: Title,
  priceMin: MaybeNumber,
  priceMax: MaybeNumber,
  sales: MaybeNumber,
  salesText: ShortText.nullable(),
  /** Repurchase rate as a fraction (1688 回头率 "11%" → 0.11). */
  repurchaseRate: MaybeNumber,
  shop: ShortText.nullable(),
  shipFrom: ShortText.nullable(),
  imageUrl: Url.nullable(),
  detailUrl: Url.nullable(),
  badges: Badges,
  isAd: z.boolean(),
  adEvidence: z.array(AdEvidenceSchema).max(LIMITS.badges),
  /** A competitor the user added to a snapshot's benchmark set by hand (from 竞品), not from the page. */
  addedManually: z.boolean().optional(),
});
export type SearchItem = z.infer<typeof SearchItemSchema>;

/** A saved top-60 capture of one keyword / sort on one platform. */
export const SearchSnapshotSchema = z.object({
  id: z.number().int().positive().optional(),
  platform: PlatformSchema,
  keyword: z.string().max(LIMITS.keyword),
  sort: z.string().nullable(),
  url: Url,
  capturedAt: Timestamp,
  /** Organic items in page order, at most 60, each with its organic rank (index + 1). */
  items: z.array(SearchItemSchema),
  adsExcluded: z.number().int().nonnegative(),
  complete: z.boolean(),
  /** Result pages the items came from (page 1, or 1 and 2 when page 1 had fewer than 60 organic). */
  pages: z.array(z.number().int().positive()).min(1),
  /** The sources its pages were read from, once each, in the order they were captured. */
  sources: z.array(SearchSourceSchema).min(1),
});
export type SearchSnapshot = z.infer<typeof SearchSnapshotSchema>;

/** Latest known state of an item seen anywhere (search card, item page). Key: `${platform}:${itemId}`. */
export const ItemRecordSchema = z.object({
  key: z.string(),
  platform: PlatformSchema,
  itemId: ItemId,
  title: Title,
  shop: ShortText.nullable(),
  imageUrl: Url.nullable(),
  watched: z.boolean(),
  firstSeenAt: Timestamp,
  lastSeenAt: Timestamp,
});
export type ItemRecord = z.infer<typeof ItemRecordSchema>;

export const SkuSchema = z.object({
  name: ShortText,
  price: MaybeNumber,
  stock: MaybeNumber,
});

/** One capture (version) of a competitor's item page. */
export const ItemCaptureSchema = z.object({
  id: z.number().int().positive().optional(),
  itemKey: z.string(),
  platform: PlatformSchema,
  itemId: ItemId,
  url: Url,
  capturedAt: Timestamp,
  title: Title,
  priceMin: MaybeNumber,
  priceMax: MaybeNumber,
  priceTiers: z.array(z.object({ minQuantity: z.number(), price: z.number() })).max(LIMITS.priceTiers),
  sales: MaybeNumber,
  salesText: ShortText.nullable(),
  shop: ShortText.nullable(),
  shipFrom: ShortText.nullable(),
  images: z.array(Url).max(LIMITS.images),
  videoCover: Url.nullable(),
  skus: z.array(SkuSchema).max(LIMITS.skus),
  attributes: z.array(z.object({ name: ShortText, value: z.string().max(LIMITS.attributeValue) })).max(LIMITS.attributes),
  badges: Badges,
  repurchaseRate: MaybeNumber,
  /** Description text only (readability-extracted, whitespace-collapsed); null when not loaded. */
  description: z.string().max(LIMITS.description).nullable(),
  source: ItemSourceSchema,
});
export type ItemCapture = z.infer<typeof ItemCaptureSchema>;

/** What an item-page parser produces: a capture before it is stored (no id, key or time yet). */
export const ItemPageSchema = ItemCaptureSchema.omit({ id: true, itemKey: true, capturedAt: true });
export type ItemPage = z.infer<typeof ItemPageSchema>;

/** The seller's own listing from the back office. Key: `${platform}:${itemId}`. */
export const OwnListingSchema = z.object({
  key: z.string(),
  platform: PlatformSchema,
  itemId: z.string().min(1),
  title: z.string(),
  price: MaybeNumber,
  stock: MaybeNumber,
  status: z.string().nullable(),
  benchmarkSnapshotId: z.number().int().positive().nullable(),
  capturedAt: Timestamp,
});
export type OwnListing = z.infer<typeof OwnListingSchema>;

/**
 * What a metrics row is about. 'term' is a search term that brought visitors to my shop (own 搜索词: exposure,
 * visitors, buyers); 'market' is a search term of the whole market as 生意参谋 市场 shows it (搜索分析,
 * 搜索排行, 搜索词查询 downloads: 搜索人气, 在线商品数 …). They are separate scopes, not one row with more
 * columns, because the same term and period can hold both and the row key (platform + scope + subject +
 * period) must keep both: a market capture never replaces my shop's figures for a term, nor the reverse.
 */
export const METRIC_SCOPES = ['shop', 'item', 'term', 'market'] as const;
export const MetricScopeSchema = z.enum(METRIC_SCOPES);
export type MetricScope = z.infer<typeof MetricScopeSchema>;

/** One row of analytics figures for an item or a search term over a period. Rates are fractions. */
export const MetricRowSchema = z.object({
  id: z.number().int().positive().optional(),
  platform: PlatformSchema,
  scope: MetricScopeSchema,
  /** Item id for scope "item", the search term for scopes "term" and "market", "" for the shop. */
  subject: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  exposure: MaybeNumber,
  visitors: MaybeNumber,
  clicks: MaybeNumber,
  /**
   * Click rate. For scope "market" it is 生意参谋 市场's 点击率, clicks per searcher, which can exceed 1
   * (domain-rules.md §4: 口红 125.28 %); elsewhere clicks ÷ exposure.
   */
  ctr: MaybeNumber,
  /** Payment conversion rate (支付转化率). */
  conversion: MaybeNumber,
  payingBuyers: MaybeNumber,
  amount: MaybeNumber,
  /** 搜索人气 (Taobao) or 搜索指数 (1688): an index of searchers, not a count. */
  searchIndex: MaybeNumber,
  /** Items competing for a search term (在线商品数), when the source gives it: with searchIndex → 竞争度. */
  competingItems: MaybeNumber.default(null),
  /** Item title for scope "item" when the source gives it. */
  title: z.string().nullable().default(null),
  // The other columns of 生意参谋 市场 search-term tables (indices as shown; shares as fractions). Null when a
  // source does not have them, and on rows stored before they existed (the defaults keep those rows valid).
  /** 搜索人数占比: this term's share of the category's searchers. */
  searchShare: MaybeNumber.default(null),
  /** 搜索热度: an index of searches (events, where 搜索人气 counts people). */
  searchHeat: MaybeNumber.default(null),
  /** 点击人气: an index of clicking people. */
  clickPopularity: MaybeNumber.default(null),
  /** 点击热度: an index of clicks. */
  clickHeat: MaybeNumber.default(null),
  /** 交易指数: built from orders, buyers, units and amount (not GMV). */
  tradeIndex: MaybeNumber.default(null),
  /** 商城点击占比: Tmall shops' share of the clicks. */
  mallClickShare: MaybeNumber.default(null),
  /** 直通车参考价 in yuan: the paid-search reference bid. */
  ztcPrice: MaybeNumber.default(null),
  source: z.string(),
  capturedAt: Timestamp,
});
export type MetricRow = z.infer<typeof MetricRowSchema>;

/**
 * Discounts of one order in yuan, by who gives them (seed 002: 优惠券使用情况，店铺跟平台的). `total` is the
 * report's own sum when it has one; a column the report lacks is null.
 */
const Discount = z.number().finite().nonnegative().nullable();
export const OrderDiscountsSchema = z.object({
  shop: Discount,
  platform: Discount,
  coupon: Discount,
  total: Discount,
});
export type OrderDiscounts = z.infer<typeof OrderDiscountsSchema>;

/** A sold order. Money in yuan (1688 fen converted on parse). Masked buyer fields stay masked. */
export const OrderSchema = z.object({
  key: z.string(),
  platform: PlatformSchema,
  orderId: z.string().min(1),
  buyer: z.string(),
  createdAt: Timestamp,
  paidAt: Timestamp.nullable(),
  status: z.string(),
  amount: MaybeNumber,
  itemCount: z.number().int().nonnegative(),
  itemIds: z.array(z.string()),
  province: z.string().nullable(),
  /** Titles of the items bought, as the source shows them (one per order line; an order report's 宝贝标题 cell). Absent when the source has none. */
  itemTitles: z.array(Title).max(LIMITS.orderLines).optional(),
  /** Discounts on the order in yuan, as the order report's columns state them; absent when the source has no such column. */
  discounts: OrderDiscountsSchema.optional(),
  capturedAt: Timestamp,
});
export type Order = z.infer<typeof OrderSchema>;

/** Why a buyer is on the 回访清单 (seed 002 §三 客户回访; lib/analysis/shop/revisit.ts decides). */
export const REVISIT_REASONS = ['repeat-3-4', 'multi-item-first', 'lapsed', 'campaign', 'festival'] as const;
export const RevisitReasonSchema = z.enum(REVISIT_REASONS);
export type RevisitReason = z.infer<typeof RevisitReasonSchema>;

/** A calendar date as the user enters it (China time): "2026-11-11". */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A buyer the seller marked as contacted from the 回访清单, kept so nobody is messaged twice in a row.
 * Key: `${buyerKey}|${reason}|${contactedAt}` (a log: one row per contact).
 */
export const ContactSchema = z.object({
  key: z.string().min(1).max(600),
  platform: PlatformSchema,
  buyer: z.string().min(1).max(LIMITS.shortText),
  /** `${platform}:${buyer}`: a masked nick only names one buyer within its platform. */
  buyerKey: z.string().min(1).max(300),
  reason: RevisitReasonSchema,
  /** For campaign and festival contacts, the date of the occasion (YYYY-MM-DD); null otherwise. */
  occasion: IsoDateSchema.nullable(),
  contactedAt: Timestamp,
});
export type Contact = z.infer<typeof ContactSchema>;

/** A platform page the content script recognised (kept short: the latest few hundred). */
export const PageVisitSchema = z.object({
  id: z.number().int().positive().optional(),
  url: z.string(),
  platform: PlatformSchema.nullable(),
  kind: PageKindSchema,
  keyword: z.string().nullable(),
  itemId: z.string().nullable(),
  title: z.string(),
  seenAt: Timestamp,
});
export type PageVisit = z.infer<typeof PageVisitSchema>;

/** One parsed search result page (all cards, ads included, in page order), before top-60 assembly. */
export const SearchPageSchema = z.object({
  platform: PlatformSchema,
  keyword: z.string().max(LIMITS.keyword),
  sort: z.string().nullable(),
  /** 1-based result page number. */
  page: z.number().int().positive().max(LIMITS.resultPage),
  url: Url,
  items: z.array(SearchItemSchema).max(LIMITS.searchItems),
  source: SearchSourceSchema,
});
export type SearchPage = z.infer<typeof SearchPageSchema>;

/** One run of a character diff between two titles. */
export const TextDiffPartSchema = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type TextDiffPart = z.infer<typeof TextDiffPartSchema>;

const ValueChange = z.object({ before: MaybeNumber, after: MaybeNumber });

/** What changed between two captures of the same item. */
export const CaptureChangesSchema = z.object({
  changed: z.boolean(),
  title: z.array(TextDiffPartSchema).nullable(),
  priceMin: ValueChange.nullable(),
  priceMax: ValueChange.nullable(),
  sales: ValueChange.nullable(),
  imagesAdded: z.array(z.string()),
  imagesRemoved: z.array(z.string()),
  skusAdded: z.array(z.string()),
  skusRemoved: z.array(z.string()),
  skuPrices: z.array(z.object({ name: z.string(), before: MaybeNumber, after: MaybeNumber })),
  badgesAdded: z.array(z.string()),
  badgesRemoved: z.array(z.string()),
});
export type CaptureChanges = z.infer<typeof CaptureChangesSchema>;

/** Features of one image (never its pixels), cached by URL. Mirrors lib/analysis/image/features.ts. */
export const ImageFeaturesSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  ratioClass: z.enum(['1:1', '3:4', 'other']),
  whiteBorder: z.number().min(0).max(1),
  isWhiteBackground: z.boolean(),
  subjectFill: z.number().min(0).max(1),
  colourfulness: z.number().nonnegative(),
  brightness: z.number().min(0).max(255),
  contrast: z.number().nonnegative(),
  overlayCoverage: z.number().min(0).max(1),
  overlayLevel: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  dHash: z.string().regex(/^[0-9a-f]{16}$/),
  histogram: z.array(z.number()).length(64),
});

export const ImageFeatureRowSchema = z.object({
  url: z.string().max(4096),
  features: ImageFeaturesSchema,
  computedAt: Timestamp,
});
export type ImageFeatureRow = z.infer<typeof ImageFeatureRowSchema>;

/**
 * One row of a paid-search keyword report (直通车 on Taobao/Tmall, 网销宝 on 1688): a keyword's figures over
 * one day (or the period the report sums, when it has no 日期 column). Key:
 * `${platform}|${campaign}|${unit}|${keyword}|${periodStart}|${periodEnd}`.
 *
 * Paid rows have their own table rather than a metrics scope: they are spend records by day, with money
 * spent, orders and ROI that no analytics row has, and the 1/3/7/14/28-day diagnosis sums them over days
 * across several imports. In `metrics` every reader (quadrants, roots, 最新数据) would have to step around
 * them, and their key needs the campaign and unit (the same keyword bid in two plans is two rows).
 */
export const PaidKeywordRowSchema = z.object({
  key: z.string().min(1).max(600),
  platform: PlatformSchema,
  /** 计划名称 (campaign), "" when the report has no such column. */
  campaign: ShortText,
  /** 推广单元 / 宝贝 (ad group, usually one item), "" when the report has no such column. */
  unit: ShortText,
  keyword: z.string().min(1).max(LIMITS.keyword),
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  /** 展现量 (直通车) / 曝光量 (网销宝). */
  impressions: MaybeNumber,
  clicks: MaybeNumber,
  /** 花费 (直通车) / 消耗 (网销宝), yuan. */
  cost: MaybeNumber,
  /** 成交笔数 / 成交订单数. */
  orders: MaybeNumber,
  /** 成交金额, yuan. */
  amount: MaybeNumber,
  capturedAt: Timestamp,
});
export type PaidKeywordRow = z.infer<typeof PaidKeywordRowSchema>;

/** Back-office records as parsed, before they are stored (no id, no capture time). */
export const ListingDraftSchema = OwnListingSchema.omit({ capturedAt: true, benchmarkSnapshotId: true });
export const MetricDraftSchema = MetricRowSchema.omit({ id: true, capturedAt: true });
export const OrderDraftSchema = OrderSchema.omit({ capturedAt: true });
export const PaidKeywordDraftSchema = PaidKeywordRowSchema.omit({ capturedAt: true });
export type PaidKeywordDraft = z.infer<typeof PaidKeywordDraftSchema>;
export const BackofficeCaptureSchema = z.object({
  listings: z.array(ListingDraftSchema).max(10_000),
  metrics: z.array(MetricDraftSchema).max(10_000),
  orders: z.array(OrderDraftSchema).max(100_000),
  /** Paid keyword report rows (imports only); absent in captures of pages. */
  paid: z.array(PaidKeywordDraftSchema).max(100_000).default([]),
  sources: z.array(z.string().max(100)).max(20),
});
