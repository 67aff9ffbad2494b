import { z } from 'zod';

/** User settings; every field has a default so an empty store or an older record still parses. */
export const SettingsSchema = z.object({
  /** Rank numbers, ad marks and the floating summary on result pages. */
  showOverlays: z.boolean().default(true),
  /** 1688 has no published title limit (domain-rules.md §1); default to Taobao's 60 units. */
  titleUnitLimit1688: z.number().int().min(20).max(200).default(60),
  /** The user's own words for the segmenter, kept whole when titles are cut (model numbers, jargon). */
  userWords: z.array(z.string().min(1).max(30)).max(2000).default([]),
  /** The user's brand words: kept whole and classed 品牌词 in the word bank. */
  brandWords: z.array(z.string().min(1).max(30)).max(200).default([]),
  /** 我的店铺: shop names whose items count as mine in ranks and result-page overlays (besides own listings). */
  myShopNames: z.array(z.string().min(1).max(60)).max(50).default([]),
  /** 动态: a price change of at least this share (0.1 = 10%) between two captures is reported. */
  priceAlertShare: z.number().min(0.01).max(0.9).default(0.1),
  /** Thin snapshots older than this many days to one per search per day; null keeps everything. */
  thinAfterDays: z.number().int().min(1).max(3650).nullable().default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
