import { create } from 'zustand';

/** Side-panel tabs, in display order. */
export const PANEL_TABS = [
  { id: 'benchmark', label: '对标' },
  { id: 'title', label: '标题' },
  { id: 'image', label: '主图' },
  { id: 'competitors', label: '竞品' },
  { id: 'shop', label: '店铺' },
  { id: 'keywords', label: '关键词' },
  { id: 'customers', label: '客户' },
  { id: 'history', label: '历史' },
  { id: 'settings', label: '设置' },
] as const;
export type PanelTabId = (typeof PANEL_TABS)[number]['id'];

interface SidePanelState {
  tab: PanelTabId;
  selectTab: (tab: PanelTabId) => void;
  /** Snapshot shown in 对标; null = the latest one. */
  snapshotId: number | null;
  selectSnapshot: (id: number | null) => void;
}

/** UI state only; data comes from Dexie live queries in the panes. */
export const useSidePanelStore = create<SidePanelState>((set) => ({
  tab: 'benchmark',
  selectTab: (tab) => set({ tab }),
  snapshotId: null,
  selectSnapshot: (snapshotId) => set({ snapshotId }),
}));

/** `#history` in the side-panel URL opens that tab (links from the popup, tests). */
export function readInitialTab(hash: string): PanelTabId | null {
  const id = hash.replace(/^#/, '');
  return PANEL_TABS.some((t) => t.id === id) ? (id as PanelTabId) : null;
}
