import type { ReactElement } from 'react';
import type { PanelTabId } from './side-panel-store';
import { EmptyState } from './EmptyState';

/** What each not-yet-built tab will do and what the user should do to get there. */
const PLACEHOLDERS: Partial<Record<PanelTabId, { title: string; body: string }>> = {
  benchmark: {
    title: '还没有对标快照',
    body: '在淘宝、天猫或1688 搜索你的关键词，然后在插件弹窗点“采集前60”。这里会显示前60个自然结果的价格、销量、标题长度等均值和价格带。',
  },
  title: {
    title: '标题优化',
    body: '打开商品发布/编辑页，这里会边写边给标题打分，并列出缺少的高频词、违禁词和推荐组合。',
  },
  image: {
    title: '主图对比',
    body: '采集一个搜索快照后，可以把你的主图和前60个竞品主图对比：尺寸、白底、牛皮癣风险、相似图。',
  },
  competitors: {
    title: '还没有关注的竞品',
    body: '打开竞品的商品详情页，在插件弹窗点“采集此页”。再次采集会显示标题、价格、销量的变化。',
  },
  shop: {
    title: '店铺诊断',
    body: '打开卖家后台的商品列表或生意参谋，采集后这里显示点击率×转化率四象限和搜索词词根。',
  },
  customers: {
    title: '客户分组',
    body: '打开“已卖出的宝贝/货品”页面采集订单，这里会按 RFM、生命周期和地区给客户分组。',
  },
};

export function FeaturePlaceholder({ tab }: { tab: PanelTabId }): ReactElement {
  const text = PLACEHOLDERS[tab] ?? { title: '即将推出', body: '' };
  return <EmptyState title={text.title}>{text.body}</EmptyState>;
}
