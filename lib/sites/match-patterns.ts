/**
 * Hosts the content scripts are registered on: the platforms' own domains and nothing else. HTTPS only,
 * as the live sites are; the e2e tests serve fixtures over HTTPS at these host names.
 */
export const PLATFORM_MATCHES: readonly string[] = [
  'https://*.taobao.com/*',
  'https://*.tmall.com/*',
  'https://*.tmall.hk/*',
  'https://*.1688.com/*',
];

/** The platforms' domains, read from PLATFORM_MATCHES ("https://*.taobao.com/*" → "taobao.com"). */
const PLATFORM_DOMAINS: readonly string[] = PLATFORM_MATCHES.map((m) => m.replace(/^https:\/\/\*\.|\/\*$/g, ''));

/** Whether a URL is on a host the content scripts run on (a platform page, any subdomain). */
export function isPlatformUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return PLATFORM_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/**
 * Pages whose own responses the MAIN-world observer reads: result pages, Taobao/Tmall item pages, 生意参谋,
 * Taobao's sold-order list and the 1688 workbench (sold orders). A subset of PLATFORM_MATCHES.
 */
export const OBSERVED_MATCHES: readonly string[] = [
  'https://s.taobao.com/*',
  'https://s.1688.com/*',
  'https://item.taobao.com/*',
  'https://detail.tmall.com/*',
  'https://detail.tmall.hk/*',
  'https://trade.taobao.com/*',
  'https://sycm.1688.com/*',
  'https://sudo.sycm.1688.com/*',
  'https://sycm.taobao.com/*',
  'https://work.1688.com/*',
];

/** The result-page hosts: served by the light search content script, excluded from the general one. */
export const SEARCH_MATCHES: readonly string[] = ['https://s.taobao.com/*', 'https://list.tmall.com/*', 'https://s.1688.com/*'];
