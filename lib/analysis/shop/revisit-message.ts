import { chinaIsoDate, chinaMonthDay } from '../../text/china-date';
import type { RevisitEntry } from './revisit';

/** The placeholders a message template may use, with what each one becomes (shown next to the template editor). */
export const MESSAGE_PLACEHOLDERS: Record<string, string> = {
  '{买家}': '买家名（平台给出的样子，打码的保持打码）',
  '{商品}': '最近买的商品',
  '{次数}': '有效订单数',
  '{件数}': '买过的件数',
  '{最近下单}': '最近一次下单的日期',
  '{活动日期}': '设置里的活动日期',
  '{节日}': '设置里的节日名称',
};

/** Item titles are long (up to 60 characters); a message names the item by its start. */
const ITEM_IN_MESSAGE = 16;

/**
 * The suggested message for one entry: the template with its placeholders filled. A placeholder the template
 * does not know stays as typed, so a typo shows instead of vanishing.
 */
export function fillRevisitMessage(
  template: string,
  entry: RevisitEntry,
  context: { festivalName: string; campaignDate: string | null },
): string {
  const item = entry.items[0];
  const values: Record<string, string> = {
    买家: entry.buyer,
    商品: item ? (item.length > ITEM_IN_MESSAGE ? `${item.slice(0, ITEM_IN_MESSAGE)}…` : item) : '您买的宝贝',
    次数: String(entry.orders),
    件数: String(entry.pieces),
    最近下单: chinaMonthDay(chinaIsoDate(entry.lastOrderAt)),
    活动日期: context.campaignDate ? chinaMonthDay(context.campaignDate) : '近期',
    节日: context.festivalName.trim() || '节日',
  };
  return template.replace(/\{([^{}]{1,8})\}/g, (whole, name: string) => values[name] ?? whole);
}
