import type { Platform } from '../../model/page';
import { AD_HOSTS_1688 } from '../1688/selectors';
import { DETECTORS, detectPage } from '../page-type';
import { TAOBAO_AD_HOSTS } from '../taobao/selectors';

/** What an `<a href>` says about an item, whatever markup it sits in. */
export interface ItemLink {
  /** The item or offer id, when the link (or an ad link's encoded target) carries it. */
  itemId: string | null;
  platform: Platform | null;
  /** The link goes through an ad-click host (直通车 click.simba, 网销宝 dj / click.p4p). */
  isAdClick: boolean;
  href: string;
}

const AD_HOSTS: readonly string[] = [...TAOBAO_AD_HOSTS, ...AD_HOSTS_1688];
/** Hosts an item link can have: item pages by the detectors' rules, and the ad-click hosts. */
const LINK_HOSTS: ReadonlySet<string> = new Set([
  ...DETECTORS.flatMap((d) => d.rules.filter((r) => r.kind === 'item').flatMap((r) => r.hosts)),
  ...AD_HOSTS,
]);
/** The host of an absolute or protocol-relative href, read without building a URL. */
const ABSOLUTE_HOST = /^\s*(?:https?:)?\/\/([^/?#:@\s]+)[/?#:]?/i;

/** The canonical item-page links result cards use, read by one pattern (platform by host; id in query or path). */
const CANONICAL_ITEM =
  /^\s*(?:https?:)?\/\/(?:(item\.taobao\.com)\/item\.htm|((?:chaoshi\.)?detail\.tmall\.(?:com|hk))\/(?:hk\/)?item\.htm|(detail\.1688\.com)\/offer\/(\d+)\.html)([?#][^\s]*)?$/i;

/** Ad-click links sometimes carry their target percent-encoded in one of these parameters. */
const TARGET_PARAMS = ['u', 'url', 'target', 'redirect', 'tu'];

/**
 * Reads a link as a person would: an item page of a platform (item.taobao.com, detail.tmall.com,
 * detail.1688.com/offer/…, detail.m.1688.com …?offerId=, judged by the same URL rules as page detection), or
 * an ad click, whose item id is read from its encoded target when it has one. Anything else is null.
 */
export function readItemLink(rawHref: string | null, base: string): ItemLink | null {
  if (!rawHref) return null;
  // Most links of a result page are absolute and go elsewhere (shops, help, paging): skipped without a URL
  // object, which matters in the content script where this runs for every link of the page.
  const host = ABSOLUTE_HOST.exec(rawHref)?.[1]?.toLowerCase();
  if (host !== undefined && !LINK_HOSTS.has(host)) return null;
  const canonical = readCanonicalItemLink(rawHref);
  if (canonical) return canonical;
  let url: URL;
  try {
    url = new URL(rawHref.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const href = url.href;
  const page = detectPage(href);
  if (page.kind === 'item') return { itemId: page.itemId, platform: page.platform, isAdClick: /[?&]xxc=ad_ztc\b/.test(href), href };
  if (!AD_HOSTS.includes(url.hostname)) return null;
  for (const name of TARGET_PARAMS) {
    const target = decodeTarget(url.searchParams.get(name));
    if (!target) continue;
    const inner = readItemLink(target, base);
    if (inner?.itemId) return { ...inner, isAdClick: true, href };
  }
  return { itemId: null, platform: null, isAdClick: true, href };
}

/** A canonical item link without a URL object, or null to take the general path. */
function readCanonicalItemLink(rawHref: string): ItemLink | null {
  const m = CANONICAL_ITEM.exec(rawHref);
  if (!m) return null;
  const rest = m[5] ?? '';
  const itemId = m[4] ?? /^\?(?:[^#]*&)?id=(\d+)(?:[&#]|$)/.exec(rest)?.[1] ?? null;
  if (!itemId) return null;
  const platform: Platform = m[1] ? 'taobao' : m[2] ? 'tmall' : '1688';
  const href = rawHref.trim().replace(/^(?:https?:)?\/\//i, 'https://');
  return { itemId, platform, isAdClick: /[?&]xxc=ad_ztc\b/.test(rest), href };
}

/** A target URL from a parameter, percent-decoded once more when it was encoded twice. */
function decodeTarget(value: string | null): string | null {
  let target = value;
  for (let i = 0; target && i < 2 && !/^(https?:)?\/\//.test(target); i++) {
    try {
      target = decodeURIComponent(target);
    } catch {
      return null;
    }
  }
  return target && /^(https?:)?\/\//.test(target) ? target : null;
}

/** A link to a shop: a Taobao shop subdomain, a Tmall brand store, store.taobao.com, a 1688 company site. */
export function isShopLink(rawHref: string | null, base: string): boolean {
  if (!rawHref) return false;
  let url: URL;
  try {
    url = new URL(rawHref.trim(), base);
  } catch {
    return false;
  }
  const host = url.hostname;
  if (SERVICE_HOST.test(host)) return false;
  if (/^shop\d*\.taobao\.com$/.test(host) || host === 'store.taobao.com') return true;
  if (/^[\w-]+\.tmall\.(com|hk)$/.test(host) && !NOT_SHOPS.has(host)) return true;
  return /^[\w-]+\.1688\.com$/.test(host) && !NOT_SHOPS.has(host) && !AD_HOSTS.includes(host);
}

/** Account, cart, order and help hosts of every platform (login.tmall.com, cart.taobao.com …) are not shops. */
const SERVICE_HOST = /^(login|passport|buy|cart|member|i|my|trade|help|service|rule|market|h5api|sycm|myseller|qn|work|air|reg)\./;

/** Platform hosts that are not shops. */
const NOT_SHOPS = new Set([
  'detail.tmall.com',
  'list.tmall.com',
  'www.tmall.com',
  'pages.tmall.com',
  'detail.1688.com',
  'detail.m.1688.com',
  's.1688.com',
  'www.1688.com',
  'sale.1688.com',
  'work.1688.com',
  'offer.1688.com',
  'p4psearch.1688.com',
]);
