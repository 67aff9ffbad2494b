import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactElement } from 'react';
import { listDemandMetrics, listPaidKeywords } from '../../lib/db/backoffice';
import { ImportBox } from '../shop/ImportBox';
import { DemandSection } from './DemandSection';
import { PaidDiagnosisSection } from './PaidDiagnosisSection';

/**
 * 关键词 tab (seed methods 2 and 6): search-term demand from 生意参谋 (captured pages and imported downloads) as a
 * keyword table per term and root with 竞争度 and 蓝海词, a paid-search plan built from it, and the diagnosis of
 * imported 直通车 / 网销宝 keyword reports over 1/3/7/14/28 days.
 */
export function KeywordsPane(): ReactElement {
  const demand = useLiveQuery(() => listDemandMetrics(), []);
  const paid = useLiveQuery(() => listPaidKeywords(), []);
  if (!demand || !paid) return <p className="muted">读取中…</p>;
  return (
    <div data-testid="keywords-pane">
      <ImportBox />
      <DemandSection rows={demand} />
      <PaidDiagnosisSection rows={paid} />
    </div>
  );
}
