import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { pickDemandCaptures } from '../../lib/analysis/keywords/demand-rows';
import { demandTermsOf, type DemandTerm } from '../../lib/analysis/keywords/title-demand';
import { listDemandMetrics } from '../../lib/db/backoffice';
import type { Platform } from '../../lib/model/page';

/** No demand: the title analysis as without 生意参谋 data (a stable empty list, so memos keep their value). */
const NONE: readonly DemandTerm[] = [];

/**
 * The seller's search-term demand for the title analysis, per platform (Tmall reads Taobao's 生意参谋): the
 * newest 搜索人气 of every captured or imported term. Live: a capture in another tab shows up at once.
 */
export function useDemandTerms(): (platform: Platform | null | undefined) => readonly DemandTerm[] {
  const rows = useLiveQuery(() => listDemandMetrics(), []);
  return useMemo(() => {
    const cache = new Map<Platform, readonly DemandTerm[]>();
    return (platform) => {
      if (!rows?.length || !platform) return NONE;
      let terms = cache.get(platform);
      if (!terms) {
        terms = demandTermsOf(pickDemandCaptures(rows, platform));
        cache.set(platform, terms);
      }
      return terms;
    };
  }, [rows]);
}
