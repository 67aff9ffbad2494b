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
