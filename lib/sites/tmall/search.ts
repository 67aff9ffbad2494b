import type { SearchItem, SearchPage } from '../../model/records';
import { readQueryParam } from '../../text/url-query';
import { hasLabel, queryAllFirst, queryFirst, readImageSrc, readText } from '../dom-read';
import type { ParseResult } from '../parse-result';
import type { SearchDetail } from '../search-detail';
import { buildSearchItem } from '../search-item';
import { pageOfOffset } from '../result-page-number';
import { generalSource, parseFromSources } from '../search-sources';
import { TAOBAO_AD_HOSTS } from '../taobao/selectors';
import { TMALL_LIST } from './selectors';

/** list.tmall.com pages by `s=<offset>` (60 per page) ⚠, sort by `sort=`. */
export function readTmallSearchPosition(url: URL): { sort: string | null; page: number } {
  return { sort: readQueryParam(url.search, 'sort') || null, page: pageOfOffset(readQueryParam(url.search, 's'), 60) ?? 1 };
}

/** list.tmall.com cards. An overlay read (search-detail.ts) leaves the image out. */
export function parseTmallCards(doc: ParentNode, detail: SearchDetail = 'full'): SearchItem[] {
  const full = detail === 'full';
  return queryAllFirst(doc, TMALL_LIST.card).map((card, i) => {
    const link = queryFirst(card, TMALL_LIST.link);
    const href = link?.getAttribute('href') ?? null;
    const priceNode = queryFirst(card, TMALL_LIST.price);
    const titleNode = queryFirst(card, TMALL_LIST.title);
    return buildSearchItem('tmall', i + 1, {
      itemId: card.getAttribute('data-id')?.trim() || /[?&]id=(\d+)/.exec(href ?? '')?.[1] || null,
      title: titleNode?.getAttribute('title') ?? readText(card, TMALL_LIST.title),
      price: priceNode?.getAttribute('title') ?? priceNode?.textContent ?? null,
      salesText: readText(card, TMALL_LIST.sales),
      shop: readText(card, TMALL_LIST.shop),
      shipFrom: null,
      imageUrl: full ? readImageSrc(queryFirst(card, TMALL_LIST.image)) : null,
      detailUrl: href,
      badges: full ? ['天猫'] : [],
      adEvidence: [
        href !== null && TAOBAO_AD_HOSTS.some((h) => href.includes(h)) && 'click.simba',
        hasLabel(card, ['广告']) && 'label:广告',
      ],
    });
  });
}

export function parseTmallSearchPage(doc: ParentNode, url: URL, keyword: string, detail: SearchDetail = 'full'): ParseResult<SearchPage> {
  return parseFromSources(
    { platform: 'tmall', keyword, url: url.href, ...readTmallSearchPosition(url) },
    [
      { name: 'dom', lookedAt: '.product cards', read: () => parseTmallCards(doc, detail), check: 'cards' },
      generalSource(doc, url.href, 'tmall'),
    ],
    '天猫列表页上没有找到商品卡片（页面结构可能已变化）',
  );
}
