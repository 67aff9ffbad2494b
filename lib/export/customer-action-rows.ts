import type { BuyerHistory } from '../analysis/shop/buyer-history';
import type { Crowd } from '../analysis/shop/crowds';
import { REVISIT_REASON_LABELS, type RevisitList } from '../analysis/shop/revisit';
import { fillRevisitMessage } from '../analysis/shop/revisit-message';
import { PLATFORM_LABELS } from '../model/page';
import type { Settings } from '../model/settings';
import { chinaIsoDate } from '../text/china-date';
import type { Table } from './snapshot-rows';

/** The 回访清单 as a sheet: one row per buyer and reason, with the suggested message to send. */
export function revisitTable(list: RevisitList, settings: Pick<Settings, 'revisitTemplates' | 'festivalName' | 'campaignDate'>): Table {
  return {
    name: '回访清单',
    headers: ['买家', '平台', '回访原因', '原因代码', '起始日期', '最近下单', '有效订单数', '件数', '买过的商品', '建议话术'],
    rows: list.entries.map((e) => [
      e.buyer,
      PLATFORM_LABELS[e.platform],
      REVISIT_REASON_LABELS[e.reason],
      e.reason,
      chinaIsoDate(e.since),
      chinaIsoDate(e.lastOrderAt),
      e.orders,
      e.pieces,
      e.items.join('；'),
      fillRevisitMessage(settings.revisitTemplates[e.reason], e, settings),
    ]),
  };
}

/**
 * One crowd as a sheet for the platform's own messaging tools (buyer names as the platform gave them), with
 * the last time each was contacted from the 回访清单 so nobody is messaged twice in a row.
 */
export function crowdTable(crowd: Crowd, lastContacted: ReadonlyMap<string, number>): Table {
  return {
    name: crowd.name,
    headers: ['买家', '平台', '有效订单数', '件数', '首次下单', '最近下单', '买过的商品', '最近联系'],
    rows: crowd.buyers.map((b: BuyerHistory) => {
      const contacted = lastContacted.get(b.key);
      return [
        b.buyer,
        PLATFORM_LABELS[b.platform],
        b.orderTimes.length,
        b.pieces,
        chinaIsoDate(b.firstOrderAt),
        chinaIsoDate(b.lastOrderAt),
        [...new Set(b.items.map((i) => i.label))].join('；'),
        contacted === undefined ? null : chinaIsoDate(contacted),
      ];
    }),
  };
}
