import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { assembleTop60 } from '../../lib/analysis/top60';
import { parseSearchPage } from '../../lib/sites/search-page';
import { parseTaobaoLegacy, parseTaobaoMtop } from '../../lib/sites/taobao/search';
import { SAMPLES } from './load-fixture';

const sample = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(SAMPLES, 'taobao', name), 'utf8')) as Record<string, unknown>;
const URL_TB = 'https://s.taobao.com/search?q=%E7%99%BD%E9%86%8B';

describe('Taobao search response: the real itemsArray element (2025-05, a sponsored Tmall item)', () => {
  // The one real element, as the page receives it inside data.itemsArray, between two non-item entries
  // (labelled synthetic: a card with customCardType, an entry without an item id).
  const real = sample('taobao_search_mtop_itemsArray_single_item_2025.json');
  const response = { data: { itemsArray: [{ customCardType: 'hotWords', title: '大家都在搜' }, real, { title: '无ID' }] } };
  const items = parseTaobaoMtop(response)!;

  it('keeps only the item: cards with customCardType and entries without an id are not items', () => {
    expect(items).toHaveLength(1);
    expect(items[0]!.itemId).toBe('575869269042');
  });

  it('is an ad by isP4p "true", x_ad and the xxc=ad_ztc detail link', () => {
    expect(items[0]!.isAd).toBe(true);
    expect(items[0]!.adEvidence).toEqual(['p4p', 'x_ad', 'xxc=ad_ztc']);
  });

  it('reads the shown price, shop, ship-from, Tmall and badges from the icon keys (not p4p or guanggao)', () => {
    expect(items[0]).toMatchObject({
      platform: 'tmall',
      title: '9度白醋大桶装洗脸泡脚非醋精大桶装家用食用',
      priceMin: 7.9,
      shop: '三眼井旗舰店',
      shipFrom: '山西 晋中',
      sales: null,
      imageUrl: 'https://g.search2.alicdn.com/img/i2/133203520/O1CN01BpW2OD1bsDCSpxJy1_!!4611686018427381312-0-saturn_solar.jpg',
      detailUrl: 'https://detail.tmall.com/item.htm?id=575869269042&ns=1&xxc=ad_ztc',
    });
    expect(items[0]!.badges).toEqual(['天猫', '包邮', '公益宝贝']);
  });

  it('the trimmed real excerpt (2026): an organic item with a known zero sales count', () => {
    const excerpt = parseTaobaoMtop(sample('taobao-mtop-search-excerpt-1item-2026.json'))!;
    expect(excerpt[0]).toMatchObject({
      itemId: '1054463807693',
      title: '韩国直邮Nucare控糖低卡羊羹加餐软糯糕点无负担零食代餐糕点880g',
      priceMin: 93,
      sales: 0,
      shipFrom: '韩国',
      isAd: false,
      platform: 'taobao',
    });
  });

  it('icons[].text and a tmallPC alias (the current icon shape) give badges and Tmall', () => {
    const [item] = parseTaobaoMtop({
      data: { itemsArray: [{ item_id: '1', title: 't', price: '9.9', icons: [{ text: '包邮', alias: 'baoyou' }, { alias: 'tmallPC' }] }] },
    })!;
    expect(item).toMatchObject({ platform: 'tmall', badges: ['天猫', '包邮'] });
  });
});

/**
 * A legacy page built from the structure of a real saved 2018 g_page_config (public scraper data, not
 * committed): an ad (p4p 1, 掌柜热卖 icon) showing an item that is listed again organically with another
 * title; icons 分组-保险理赔 / 天猫宝贝 / 公益宝贝; and theme cards without nid ({activity: …}) between items.
 */
function legacyPage(): Document {
  const auction = (nid: string, title: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    nid,
    raw_title: title,
    title,
    pic_url: `//g-search1.alicdn.com/img/bao/uploaded/i4/${nid}.jpg`,
    detail_url: `//detail.tmall.com/item.htm?id=${nid}`,
    view_price: '52.90',
    view_fee: '0.00',
    item_loc: '浙江 杭州',
    view_sales: '7261人付款',
    nick: '某某旗舰店',
    shopcard: { isTmall: true },
    icon: [
      { innerText: '天猫宝贝', icon_key: 'icon-service-tianmao' },
      { innerText: '分组-保险理赔', icon_key: 'icon-service-baoxian' },
      { innerText: '公益宝贝', icon_key: 'icon-fest-gongyibaobei' },
    ],
    ...extra,
  });
  const promo = { activity: { type: 'theme', title: '主题推荐', link: '//s.taobao.com/list?theme=1', tag: '主题' }, p4pTags: [], icon: [] };
  const auctions = [
    auction('10609596736', '现磨黑芝麻糊核桃桑葚黑豆黑米乌发干吃包邮', {
      p4p: 1,
      detail_url: 'https://click.simba.taobao.com/cc_im?p=x&s=1',
      icon: [{ innerText: '掌柜热卖宝贝', icon_key: 'icon-service-remai' }],
    }),
    auction('538596687562', '南方黑芝麻糊原味720g*2袋 黑芝麻糊营养早餐冲饮冲调芝麻糊包邮'),
    promo,
    auction('10609596736', '老金磨坊方 黑芝麻核桃粉 芝麻核桃桑葚粉糊熟即食搭黑豆粉芝麻糊'),
    promo,
    auction('568796204027', '现磨熟黑芝麻粉核桃桑葚粉黑米黑豆粉黑芝麻糊营养五谷杂粮代餐粉'),
  ];
  const html = `<!-- synthetic: structure of a real legacy g_page_config page --><html><body><script>g_page_config = ${JSON.stringify({
    mods: { itemlist: { data: { auctions } } },
  })};\ng_srp_loadCss();</script></body></html>`;
  return new new Window({ url: URL_TB }).DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('Taobao legacy g_page_config: promo cards, an ad duplicated organically, icon texts', () => {
  const items = parseTaobaoLegacy(legacyPage())!;

  it('theme/promo cards without nid are not items', () => {
    expect(items.map((i) => i.itemId)).toEqual(['10609596736', '538596687562', '10609596736', '568796204027']);
  });

  it('the ad is excluded only as the ad copy: the same item listed organically stays in the top 60', () => {
    const top = assembleTop60([{ page: 1, items }]);
    expect(top.adsExcluded).toBe(1);
    expect(top.items.map((i) => i.itemId)).toEqual(['538596687562', '10609596736', '568796204027']);
    expect(top.items[1]!.title).toBe('老金磨坊方 黑芝麻核桃粉 芝麻核桃桑葚粉糊熟即食搭黑豆粉芝麻糊');
    expect(items[0]!.adEvidence).toEqual(['p4p', 'click.simba', 'icon:掌柜热卖']);
  });

  it('keeps real badges only: not 分组-… groups, not the duplicate Tmall icon', () => {
    expect(items[1]!.badges).toEqual(['天猫', '包邮', '公益宝贝']);
  });

  it('the whole page parses with no blank item counted', () => {
    const result = parseSearchPage(legacyPage(), URL_TB);
    expect(result.ok && result.value.items.every((i) => i.title && !i.itemId.includes(':'))).toBe(true);
  });
});

describe('items without an id or title never enter the top 60', () => {
  it('are dropped with a warning the popup shows', () => {
    const doc = new new Window({ url: URL_TB }).DOMParser().parseFromString(
      `<html><body><script>g_page_config = ${JSON.stringify({
        mods: {
          itemlist: {
            data: {
              auctions: [
                { nid: '1', raw_title: '标题一', view_price: '10' },
                { nid: '2', raw_title: '', view_price: '11' },
              ],
            },
          },
        },
      })};</script></body></html>`,
      'text/html',
    ) as unknown as Document;
    const result = parseSearchPage(doc, URL_TB);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.items.map((i) => i.itemId)).toEqual(['1']);
    expect(result.warnings[0]).toBe('1 个商品缺少商品ID或标题，已跳过，不计入前60');
  });
});
