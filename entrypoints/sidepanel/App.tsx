import { useEffect, type ReactElement } from 'react';
import { BenchmarkPane } from '../../components/benchmark/BenchmarkPane';
import { CompetitorsPane } from '../../components/competitors/CompetitorsPane';
import { CustomersPane } from '../../components/customers/CustomersPane';
import { ShopPane } from '../../components/shop/ShopPane';
import { ImagePane } from '../../components/image/ImagePane';
import { FeaturePlaceholder } from '../../components/FeaturePlaceholder';
import { HistoryPane } from '../../components/HistoryPane';
import { SettingsPane } from '../../components/SettingsPane';
import { TitlePane } from '../../components/title/TitlePane';
import { PANEL_TABS, readInitialTab, useSidePanelStore, type PanelTabId } from '../../components/side-panel-store';

export function App(): ReactElement {
  const { tab, selectTab } = useSidePanelStore();
  useEffect(() => {
    const initial = readInitialTab(location.hash);
    if (initial) selectTab(initial);
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
        <Pane tab={tab} />
      </section>
    </div>
  );
}

function Pane({ tab }: { tab: PanelTabId }): ReactElement {
  if (tab === 'benchmark') return <BenchmarkPane />;
  if (tab === 'title') return <TitlePane />;
  if (tab === 'competitors') return <CompetitorsPane />;
  if (tab === 'image') return <ImagePane />;
  if (tab === 'shop') return <ShopPane />;
  if (tab === 'customers') return <CustomersPane />;
  if (tab === 'history') return <HistoryPane />;
  if (tab === 'settings') return <SettingsPane />;
  return <FeaturePlaceholder tab={tab} />;
}
