import { describe, expect, it } from 'vitest';
import { buildRevisitList, type ContactMark, type RevisitOptions } from '../../../lib/analysis/shop/revisit';
import { fillRevisitMessage } from '../../../lib/analysis/shop/revisit-message';
import type { Order } from '../../../lib/model/records';
import { DEFAULT_REVISIT_TEMPLATES } from '../../../lib/model/settings';
import { buyerOrders, DAY, NOW, ORDERS } from '../../support/customer-orders';

const base: RevisitOptions = {
  now: NOW,
  coolDownDays: 30,
  lapsedDays: 60,
  campaignDate: '2026-12-12',
  festivalDate: '2026-11-25', // today (China)
  contacts: [],
};
const contact = (buyerKey: string, reason: ContactMark['reason'], daysAgo: number, occasion: string | null = null): ContactMark => ({
  buyerKey,
  reason,
  occasion,
  contactedAt: NOW - daysAgo * DAY,
});
/** The contacts of the shared order set: j**0 last week, k**1 after its 3rd order, l**2 before its 3rd. */
const CONTACTS: ContactMark[] = [
  contact('1688:j**0', 'repeat-3-4', 10),
  contact('taobao:k**1', 'repeat-3-4', 35),
  contact('taobao:l**2', 'repeat-3-4', 45),
];

const listed = (options: Partial<RevisitOptions> = {}, orders: readonly Order[] = ORDERS): Record<string, string[]> => {
  const list = buildRevisitList(orders, { ...base, contacts: CONTACTS, ...options });
  const out: Record<string, string[]> = {};
  for (const e of list.entries) (out[e.reason] ??= []).push(e.buyerKey);
  return out;
};

describe('回访清单 (hand-computed on tests/unit/shop/customer-orders.ts)', () => {
  it('lists every reason, most recent buyers first; closed and unpaid orders never count', () => {
    expect(listed()).toEqual({
      // 3 or 4 valid orders: a**1 (last 10 d), l**2 (25 d; contacted before its 3rd order), b**2 (70 d).
      // d**4 has 4 orders but only 2 valid; c**3 has 5; k**1 was contacted after its 3rd order.
      'repeat-3-4': ['taobao:a**1', 'taobao:l**2', 'taobao:b**2'],
      // One valid order of ≥ 2 pieces: e**5 (20 d), g**7 (400 d). i**9's 2-piece order was never paid; h**8's was closed.
      'multi-item-first': ['taobao:e**5', 'taobao:g**7'],
      // No valid order for more than 60 days.
      lapsed: ['taobao:b**2', 'taobao:f**6', 'taobao:g**7'],
      // ≥ 2 valid orders or a multi-item order, before 12-12.
      campaign: ['taobao:c**3', 'taobao:d**4', 'taobao:a**1', 'taobao:e**5', 'taobao:l**2', 'taobao:k**1', 'taobao:b**2', 'taobao:g**7'],
      // A valid order within the last 12 months; the 1688 a**1 is another buyer than the Taobao a**1.
      festival: [
        '1688:a**1',
        'taobao:c**3',
        'taobao:d**4',
        'taobao:a**1',
        'taobao:e**5',
        'taobao:l**2',
        'taobao:i**9',
        'taobao:k**1',
        'taobao:b**2',
        'taobao:f**6',
      ],
    });
  });

  it('says since when each reason applies, with the last order, order count, pieces and items', () => {
    const list = buildRevisitList(ORDERS, { ...base, contacts: CONTACTS, itemTitles: new Map([['1', '连帽卫衣']]) });
    const entry = (key: string, reason: string) => list.entries.find((e) => e.buyerKey === key && e.reason === reason)!;
    expect(entry('taobao:b**2', 'repeat-3-4')).toMatchObject({ since: NOW - 70 * DAY, lastOrderAt: NOW - 70 * DAY, orders: 4, pieces: 4 });
    // b**2 became lapsed 60 days after its last order.
    expect(entry('taobao:b**2', 'lapsed').since).toBe(NOW - 10 * DAY);
    // campaign: since the 2nd valid order, or the first multi-item order, whichever came first.
    expect(entry('taobao:b**2', 'campaign')).toMatchObject({ since: NOW - 150 * DAY, occasion: '2026-12-12' });
    expect(entry('taobao:e**5', 'campaign').since).toBe(NOW - 20 * DAY);
    // festival: the first valid order of the last 12 months (c**3's order 400 days ago is older).
    expect(entry('taobao:c**3', 'festival')).toMatchObject({ since: NOW - 300 * DAY, orders: 6, occasion: '2026-11-25' });
    expect(entry('taobao:e**5', 'multi-item-first')).toMatchObject({ orders: 1, pieces: 2, items: ['商品 9'] });
    // Newest order's items first; ids named by my listings' titles.
    // a**1's closed order 5 days ago is not its last order.
    expect(entry('taobao:a**1', 'repeat-3-4')).toMatchObject({ lastOrderAt: NOW - 10 * DAY, since: NOW - 10 * DAY, orders: 3 });
    expect(entry('taobao:a**1', 'repeat-3-4').items).toEqual(['商品 2', '连帽卫衣']);
    expect(entry('taobao:g**7', 'multi-item-first').items).toEqual(['围巾']);
    expect(list.counts).toEqual({ 'repeat-3-4': 3, 'multi-item-first': 2, lapsed: 3, campaign: 8, festival: 10 });
    expect(list.coolingDown).toBe(1);
  });

  it('a buyer contacted within the cool-down leaves every reason; after it, the reasons not yet served return', () => {
    const withA = (daysAgo: number): Record<string, string[]> =>
      listed({ contacts: [...CONTACTS, contact('taobao:a**1', 'lapsed', daysAgo)] });
    const inside = withA(29);
    expect(Object.values(inside).flat()).not.toContain('taobao:a**1');
    const after = withA(31);
    expect(after['repeat-3-4']).toContain('taobao:a**1');
    expect(after.campaign).toContain('taobao:a**1');
    // The cool-down is a setting: 7 days instead of 30 brings j**0 (contacted 10 days ago) back, but not for
    // the reason it was contacted for after its 3rd order.
    expect(Object.values(listed()).flat()).not.toContain('1688:j**0');
    const shorter = listed({ coolDownDays: 7 });
    expect(shorter.campaign).toContain('1688:j**0');
    expect(shorter.festival).toContain('1688:j**0');
    expect(shorter['repeat-3-4']).not.toContain('1688:j**0');
    expect(buildRevisitList(ORDERS, { ...base, contacts: CONTACTS, coolDownDays: 7 }).coolingDown).toBe(0);
  });

  it('a served reason stays served until its next moment: a new order, a new campaign or festival date', () => {
    // e**5 contacted for its multi-item order after it was placed: gone from that reason, still in the others.
    const served = listed({ coolDownDays: 7, contacts: [...CONTACTS, contact('taobao:e**5', 'multi-item-first', 15)] });
    expect(served['multi-item-first']).toEqual(['taobao:g**7']);
    expect(served.campaign).toContain('taobao:e**5');
    // A campaign contact serves that campaign date only.
    const campaignContact = [...CONTACTS, contact('taobao:c**3', 'campaign', 40, '2026-12-12')];
    expect(listed({ contacts: campaignContact }).campaign).not.toContain('taobao:c**3');
    expect(listed({ contacts: campaignContact, campaignDate: '2027-01-01' }).campaign).toContain('taobao:c**3');
    // A 4th order after a contact for the 3rd is a new moment: k**1 orders again.
    const fourth: Order = { ...buyerOrders('taobao:k**1')[0]!, key: 'taobao:k4', orderId: 'k4', createdAt: NOW - 5 * DAY };
    expect(listed({}, [...ORDERS, fourth])['repeat-3-4']).toContain('taobao:k**1');
  });

  it('campaign buyers are listed only before the campaign day; festival buyers up to and on the festival day', () => {
    expect(listed({ campaignDate: '2026-11-25' }).campaign).toBeUndefined();
    expect(listed({ campaignDate: '2026-11-26' }).campaign).toHaveLength(8);
    expect(listed({ festivalDate: '2026-11-24' }).festival).toBeUndefined();
    expect(listed({ festivalDate: '2027-01-01' }).festival).toHaveLength(10);
    expect(listed({ campaignDate: null, festivalDate: null })).not.toHaveProperty('campaign');
    const list = buildRevisitList(ORDERS, { ...base, campaignDate: '2026-11-25', festivalDate: null });
    expect(list.campaign).toEqual({ date: '2026-11-25', open: false });
    expect(list.festival).toBeNull();
  });
});

describe('suggested messages', () => {
  const entry = buildRevisitList(ORDERS, { ...base, contacts: CONTACTS }).entries.find(
    (e) => e.buyerKey === 'taobao:g**7' && e.reason === 'multi-item-first',
  )!;

  it('fills the placeholders of a template', () => {
    // g**7's one order was 400 days before 2026-11-25: 2025-10-21.
    expect(
      fillRevisitMessage('{买家}：{次数}单{件数}件，{商品}，{最近下单}，{活动日期}，{节日}', entry, {
        festivalName: '',
        campaignDate: '2026-12-12',
      }),
    ).toBe('g**7：1单3件，围巾，10月21日，12月12日，节日');
  });

  it('keeps an unknown placeholder as typed and shortens long titles', () => {
    const long = { ...entry, items: ['一二三四五六七八九十一二三四五六七八'] };
    expect(fillRevisitMessage('{商品}{优惠}', long, { festivalName: '中秋节', campaignDate: null })).toBe(
      '一二三四五六七八九十一二三四五六…{优惠}',
    );
    expect(fillRevisitMessage(DEFAULT_REVISIT_TEMPLATES.festival, entry, { festivalName: '中秋节', campaignDate: null })).toBe(
      'g**7您好！中秋节快乐！感谢您这一年的支持，祝您和家人节日愉快。',
    );
  });
});
