import type { PageInfo, PageKind } from '../model/page';
import { UNKNOWN_PAGE } from '../model/unknown-page';
import { DETECTOR_1688 } from './1688/page-type';
import { detectWithRules, type PlatformDetector } from './page-rule';
import { TAOBAO_DETECTOR } from './taobao/page-type';
import { TMALL_DETECTOR } from './tmall/page-type';

export const DETECTORS: readonly PlatformDetector[] = [TAOBAO_DETECTOR, TMALL_DETECTOR, DETECTOR_1688];

const BACKOFFICE_KINDS: ReadonlySet<PageKind> = new Set(['backoffice-list', 'orders', 'analytics']);

/** The seller's own back-office pages: listings, sold orders, 生意参谋. */
export function isBackofficeKind(kind: PageKind): boolean {
  return BACKOFFICE_KINDS.has(kind);
}

/**
 * Back-office pages, and the workbench shells that show them in an iframe or a route (work.1688.com, 千牛):
 * where the popup offers 采集后台数据 (the frames answer for themselves).
 */
export function isBackofficePage(page: { kind: PageKind; url: string }): boolean {
  if (isBackofficeKind(page.kind)) return true;
  let host: string;
  try {
    host = new URL(page.url).hostname;
  } catch {
    return false;
  }
  return DETECTORS.some((d) => d.backofficeShellHosts.includes(host));
}

/**
 * URL → page kind for every platform. Never throws: a malformed URL or any other site is "unknown".
 * http: is accepted as well as https: because saved pages and the local test server use it.
 */
export function detectPage(href: string): PageInfo {
  // The content script asks about the same URLs several times per page (report, parse, redraws, and every
  // item link the cross-check and card locating read, which used to evict the page's own URL from a one-entry
  // cache, so its 1688 GBK keyword was decoded again on each draw).
  const cached = DETECTED.get(href);
  if (cached) return cached;
  const info = Object.freeze(detectUncached(href));
  if (DETECTED.size >= 200) DETECTED.clear();
  DETECTED.set(href, info);
  return info;
}

const DETECTED = new Map<string, PageInfo>();

function detectUncached(href: string): PageInfo {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return UNKNOWN_PAGE;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return UNKNOWN_PAGE;
  for (const detector of DETECTORS) {
    const found = detectWithRules(detector, url);
    if (found) return found;
  }
  return UNKNOWN_PAGE;
}

/**
 * The URL 历史 may keep for a page: null for pages we do not recognise (their URLs are none of our
 * business), otherwise the page without its fragment and without the query parameters that do not say
 * which page it is. Pairs are copied as written, so GBK-encoded 1688 keywords stay readable.
 */
export function visitUrl(href: string): string | null {
  const info = detectPage(href);
  if (info.kind === 'unknown' || info.platform === null) return null;
  const url = new URL(href);
  const keep = new Set(DETECTORS.find((d) => d.platform === info.platform)?.identifyingParams ?? []);
  const pairs = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && keep.has(pair.split('=')[0]!));
  return `${url.protocol}//${url.host}${url.pathname}${pairs.length ? `?${pairs.join('&')}` : ''}`;
}
