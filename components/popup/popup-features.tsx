import type { ReactElement } from 'react';
import type { PageReport } from '../../lib/model/messages';
import type { PageKind } from '../../lib/model/page';
import { isBackofficePage } from '../../lib/sites/page-type';
import type { PanelTabId } from '../side-panel-store';
import { CaptureBackoffice } from './CaptureBackoffice';
import { CaptureItem } from './CaptureItem';
import { CaptureTop60 } from './CaptureTop60';

export interface PopupActionProps {
  tabId: number;
  /** Opens the side panel, on the given tab. */
  onOpenPanel: (tab?: PanelTabId) => void;
}

/**
 * What Duibiao does on a page, as the popup lists it. A feature the popup starts carries its control, so the
 * list is the registry of what ships: there is no "coming soon" state to forget to update.
 */
export interface PopupFeature {
  label: string;
  appliesTo: (page: PageReport) => boolean;
  /** The popup's control for it; features without one work on the page by themselves or in the side panel. */
  Action?: (props: PopupActionProps) => ReactElement;
}

const onKind =
  (...kinds: PageKind[]) =>
  (page: PageReport): boolean =>
    kinds.includes(page.kind);

/** 标题 tab of the side panel, linked to the editor of this tab. */
function OpenTitleOptimiser({ onOpenPanel }: PopupActionProps): ReactElement {
  return (
    <p>
      <button type="button" onClick={() => onOpenPanel('title')} data-testid="open-title-optimiser">
        打开标题优化
      </button>
    </p>
  );
}

export const POPUP_FEATURES: readonly PopupFeature[] = [
  { label: '识别页面类型，记录到历史', appliesTo: (page) => page.kind !== 'unknown' },
  { label: '在结果页标出自然排名与广告', appliesTo: onKind('search') },
  { label: '采集前60个自然结果（排除广告）并计算均值', appliesTo: onKind('search'), Action: CaptureTop60 },
  { label: '一键采集竞品（标题、价格、销量、主图、SKU、描述），再次采集显示变化', appliesTo: onKind('item'), Action: CaptureItem },
  { label: '边写标题边打分，一键写回推荐标题（侧边栏“标题”）', appliesTo: onKind('listing-editor'), Action: OpenTitleOptimiser },
  { label: '采集自己的商品并批量给标题打分', appliesTo: onKind('backoffice-list'), Action: CaptureBackoffice },
  { label: '采集已卖出订单，按 RFM、生命周期、地区、复购给客户分组', appliesTo: onKind('orders'), Action: CaptureBackoffice },
  {
    label: '采集生意参谋数据：四象限诊断、搜索词词根；市场 → 搜索分析/搜索排行的搜索人气和在线商品数（标题挑词和推广计划用）',
    appliesTo: onKind('analytics'),
    Action: CaptureBackoffice,
  },
  {
    // The workbench shell itself (work.1688.com, 千牛): the frame that shows the page answers the capture.
    label: '采集后台数据（商品、订单、生意参谋）',
    appliesTo: (page) => page.kind === 'unknown' && isBackofficePage(page),
    Action: CaptureBackoffice,
  },
];

/** The features of this page, and their controls once each (several features can share one). */
export function featuresFor(page: PageReport): { labels: string[]; actions: PopupFeature['Action'][] } {
  const features = POPUP_FEATURES.filter((f) => f.appliesTo(page));
  return {
    labels: features.map((f) => f.label),
    actions: [...new Set(features.map((f) => f.Action).filter((a) => a !== undefined))],
  };
}
