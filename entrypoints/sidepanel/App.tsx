import { useEffect, type ReactElement } from 'react';
import { BenchmarkPane } from '../../components/benchmark/BenchmarkPane';
import { CompetitorsPane } from '../../components/competitors/CompetitorsPane';
import { CustomersPane } from '../../components/customers/CustomersPane';
import { ShopPane } from '../../components/shop/ShopPane';
import { KeywordsPane } from '../../components/keywords/KeywordsPane';
import { ImagePane } from '../../components/image/ImagePane';
import { HistoryPane } from '../../components/history/HistoryPane';
import { SettingsPane } from '../../components/SettingsPane';
import { TitlePane } from '../../components/title/TitlePane';
import { DatabaseGate } from '../../components/data/DatabaseGate';
import { AlertBadge } from '../../components/history/AlertBadge';
import { PANEL_TABS, readInitialTab, useSidePanelStore, type PanelTabId } from '../../components/side-panel-store';

export function App(): ReactElement {
  const { tab, selectTab } = useSidePanelStore();
  useEffect(() => {
    // `#title` etc.: the popup opens the panel on a tab; an open panel follows when the hash changes.
    const follow = (): void => {
      const initial = readInitialTab(location.hash);
      if (initial) selectTab(initial);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [selectTab]);

  return (
    <div>
      <nav className="tabs" role="tablist">
        {PANEL_TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={t.id === tab} onClick={() => selectTab(t.id)}>
            {t.label}
          </button>
        ))}
      </nav>
      <section className="pane" role="tabpanel">
        <DatabaseGate>
          <AlertBadge />
          <Pane tab={tab} />
        </DatabaseGate>
      </section>
    </div>
  );
}

/** Every tab's pane; a Record so that a tab without a pane does not compile. */
const PANES: Record<PanelTabId, () => ReactElement> = {
  benchmark: BenchmarkPane,
  title: TitlePane,
  image: ImagePane,
  competitors: CompetitorsPane,
  shop: ShopPane,
  keywords: KeywordsPane,
  customers: CustomersPane,
  history: HistoryPane,
  settings: SettingsPane,
};

function Pane({ tab }: { tab: PanelTabId }): ReactElement {
  const View = PANES[tab];
  return <View />;
}
