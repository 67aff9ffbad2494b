import { z } from 'zod';

/** The three marketplaces Duibiao works on. Tmall shops share Taobao's seller back office. */
export const PlatformSchema = z.enum(['taobao', 'tmall', '1688']);
export type Platform = z.infer<typeof PlatformSchema>;

/** What a page is for, as far as the extension cares. */
export const PageKindSchema = z.enum(['search', 'item', 'listing-editor', 'backoffice-list', 'orders', 'analytics', 'unknown']);
export type PageKind = z.infer<typeof PageKindSchema>;
export type KnownPageKind = Exclude<PageKind, 'unknown'>;

export const PageInfoSchema = z.object({
  platform: PlatformSchema.nullable(),
  kind: PageKindSchema,
  /** Search keyword for result pages (decoded; 1688 uses GBK in its URLs). */
  keyword: z.string().nullable(),
  /** Item / offer id for item pages and editors, when the URL carries it. */
  itemId: z.string().nullable(),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

export const PLATFORM_LABELS: Record<Platform, string> = { taobao: '淘宝', tmall: '天猫', '1688': '1688' };

export const PAGE_KIND_LABELS: Record<PageKind, string> = {
  search: '搜索结果页',
  item: '商品详情页',
  'listing-editor': '商品发布/编辑页',
  'backoffice-list': '后台商品列表',
  orders: '已卖出订单',
  analytics: '生意参谋',
  unknown: '未识别页面',
};
