/**
 * Size limits of stored text and lists. Platforms' own limits are far below these (a Taobao title is 60
 * units, 1688's 60 characters); the limits are there so that a hostile or broken page cannot store megabytes
 * in a field. Parsers cut to them (lib/sites/fit-limits.ts) and the record schemas enforce them.
 */
export const LIMITS = {
  title: 200,
  /** Shop names, ship-from, sales text, badges, SKU and attribute names. */
  shortText: 200,
  attributeValue: 1000,
  description: 20_000,
  url: 4096,
  itemId: 64,
  keyword: 200,
  /** Cards kept from one result page (a real page shows 44–60; lazy loading may add a few batches). */
  searchItems: 400,
  images: 60,
  skus: 2000,
  attributes: 300,
  badges: 30,
  priceTiers: 20,
  /** Item lines of one order (titles kept per line). */
  orderLines: 100,
  /** Result pages a platform shows at most (Taobao stops at 100, 1688 at 50). */
  resultPage: 100,
  /** A message request to the background, JSON characters (a full result page is ~0.3 MB). */
  messageChars: 8_000_000,
} as const;
