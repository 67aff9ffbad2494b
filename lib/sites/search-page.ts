import type { SearchPage } from '../model/records';
import { parse1688SearchPage } from './1688/search';
import { failed, guardParse, type ParseResult } from './parse-result';
import type { SearchDetail } from './search-detail';
import { detectPage } from './page-type';
import { parseTaobaoSearchPage } from './taobao/search';
import { parseTmallSearchPage } from './tmall/search';

/**
 * Parses a search result page of any platform: the page's observed search responses first (most
 * complete), then its embedded JSON, then the rendered cards. Pure: document in, typed result out. `detail`
 * 'overlay' reads only what the result-page overlay shows (search-detail.ts); anything saved is read in full.
 */
export function parseSearchPage(
  doc: ParentNode,
  href: string,
  observed: readonly unknown[] = [],
  detail: SearchDetail = 'full',
): ParseResult<SearchPage> {
  const info = detectPage(href);
  if (info.kind !== 'search' || !info.platform) return failed('不是搜索结果页', ['page kind']);
  const url = new URL(href);
  const keyword = info.keyword ?? '';
  const platform = info.platform;
  // Parsers are written not to throw; this is the last guard for content scripts.
  return guardParse((): ParseResult<SearchPage> => {
    if (platform === 'taobao') return parseTaobaoSearchPage(doc, url, keyword, observed, detail);
    if (platform === 'tmall') return parseTmallSearchPage(doc, url, keyword, detail);
    return parse1688SearchPage(doc, url, keyword, observed, detail);
  });
}
