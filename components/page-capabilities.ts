import type { PageKind } from '../lib/model/page';

export interface Capability {
  label: string;
  /** False while the feature is still being built: shown greyed with "即将推出". */
  ready: boolean;
}

/** What Duibiao offers on each kind of page (popup text). Kept as data so the popup stays a view. */
export const PAGE_CAPABILITIES: Record<PageKind, readonly Capability[]> = {
  search: [
    { label: '识别关键词与平台，记录到历史', ready: true },
    { label: '采集前60个自然结果（排除广告）并计算均值', ready: true },
    { label: '在结果页标出自然排名与广告', ready: true },
  ],
  item: [
    { label: '识别商品页，记录到历史', ready: true },
    { label: '一键采集竞品（标题、价格、销量、主图、SKU、描述），再次采集显示变化', ready: true },
  ],
  'listing-editor': [
    { label: '识别发布/编辑页，记录到历史', ready: true },
    { label: '边写标题边打分，一键写回推荐标题', ready: false },
  ],
  'backoffice-list': [
    { label: '识别后台商品列表，记录到历史', ready: true },
    { label: '采集自己的商品并批量给标题打分', ready: true },
  ],
  orders: [
    { label: '识别已卖出订单页，记录到历史', ready: true },
    { label: '按 RFM、地区、复购给客户分组', ready: true },
  ],
  analytics: [
    { label: '识别生意参谋，记录到历史', ready: true },
    { label: '四象限诊断与搜索词词根汇总', ready: true },
  ],
  unknown: [],
};
