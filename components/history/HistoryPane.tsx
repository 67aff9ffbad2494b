import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactElement } from 'react';
import { countOpenAlerts } from '../../lib/db/history';
import { AlertList } from './AlertList';
import { TrendView } from './TrendView';
import { VisitList } from './VisitList';

const VIEWS = [
  { id: 'trend', label: '趋势', View: TrendView },
  { id: 'alerts', label: '动态', View: AlertList },
  { id: 'visits', label: '浏览记录', View: VisitList },
] as const;

/** 历史: trends per search (with my ranks and what moved), 动态 since the last capture, and recognised pages. */
export function HistoryPane(): ReactElement {
  const openAlerts = useLiveQuery(() => countOpenAlerts(), []);
  const [view, setView] = useState<(typeof VIEWS)[number]['id']>('trend');
  const { View } = VIEWS.find((v) => v.id === view)!;
  return (
    <>
      <div className="subtabs" data-testid="history-views">
        {VIEWS.map((v) => (
          <button key={v.id} type="button" aria-pressed={v.id === view} onClick={() => setView(v.id)} data-testid={`history-view-${v.id}`}>
            {v.label}
            {v.id === 'alerts' && openAlerts ? <span className="badge-count">{openAlerts}</span> : null}
          </button>
        ))}
      </div>
      <View />
    </>
  );
}
