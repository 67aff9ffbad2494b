import { z } from 'zod';
import { IsoDateSchema, type RevisitReason } from './records';

/**
 * The suggested message for each 回访 reason, after seed 002 §三: 老客户 — thanks, then a coupon, then new
 * products; 多件客户 — ask what they need, promise a coupon; 节日 — a greeting; 活动预热 — tell them first.
 * Placeholders are filled per buyer (lib/analysis/shop/revisit-message.ts).
 */
export const DEFAULT_REVISIT_TEMPLATES: Record<RevisitReason, string> = {
  'repeat-3-4':
    '{买家}您好！感谢您第{次数}次光临小店，一直以来的支持我们都记在心里。送您一张专属优惠券，下次下单可以直接用；店里刚上了新品，有空来看看～',
  'multi-item-first': '{买家}您好！感谢您一次选了{件数}件（{商品}）。想问问您用得怎么样，还需要些什么？下次光临我们给您准备一张优惠券。',
  lapsed: '{买家}您好，好久不见！上次买的{商品}用得还好吗？店里上了新品，也给老朋友准备了优惠，欢迎回来看看。',
  campaign: '{买家}您好！小店{活动日期}有活动，先告诉老朋友：到时价格比平时更优惠，喜欢的宝贝可以先加入购物车。',
  festival: '{买家}您好！{节日}快乐！感谢您这一年的支持，祝您和家人节日愉快。',
};

const Template = (reason: RevisitReason): z.ZodDefault<z.ZodString> =>
  z.string().trim().min(1).max(500).default(DEFAULT_REVISIT_TEMPLATES[reason]);

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
  /** A buyer marked as contacted leaves the 回访清单 for this many days, whatever the reason. */
  revisitCoolDownDays: z.number().int().min(1).max(365).default(30),
  /** No valid order for longer than this: 潜在复购 (lapsed). */
  revisitLapsedDays: z.number().int().min(7).max(730).default(60),
  /** The next campaign (活动预热 lists old and multi-item buyers until this day). */
  campaignDate: IsoDateSchema.nullable().default(null),
  /** The next festival (节日问候 lists the buyers of the last 12 months up to and on this day). */
  festivalDate: IsoDateSchema.nullable().default(null),
  /** What {节日} says in the greeting (中秋节, 春节…); empty: "节日". */
  festivalName: z.string().trim().max(20).default(''),
  /** The editable message per reason; a stored record that lacks one gets its default. */
  revisitTemplates: z
    .object({
      'repeat-3-4': Template('repeat-3-4'),
      'multi-item-first': Template('multi-item-first'),
      lapsed: Template('lapsed'),
      campaign: Template('campaign'),
      festival: Template('festival'),
    })
    .prefault({}),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
