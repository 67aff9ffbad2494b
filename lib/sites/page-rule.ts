import type { KnownPageKind, PageInfo, Platform } from '../model/page';

/**
 * One URL rule: a host list, a path pattern and optionally a test on the query or hash. Rules are
 * data so that each platform's detector reads as a table next to its example URLs.
 */
export interface PageRule {
  kind: KnownPageKind;
  hosts: readonly string[];
  path: RegExp;
  /** Extra condition on the whole URL (query, hash), for back-office pages that share one path. */
  when?: (url: URL) => boolean;
}

export interface PlatformDetector {
  platform: Platform;
  rules: readonly PageRule[];
  /** Reads the search keyword from a result-page URL. */
  readKeyword: (url: URL) => string | null;
  /** Reads the item / offer id from an item or editor URL. */
  readItemId: (url: URL) => string | null;
  /**
   * Query parameters that say which page this is (keyword, item id, route, result page, sort). 历史 keeps
   * only these: the rest of a platform URL is tracking (spm, scm, pvid…) or session state.
   */
  identifyingParams: readonly string[];
  /** Workbench hosts that show back-office pages inside frames or single-page routes (work.1688.com, 千牛). */
  backofficeShellHosts: readonly string[];
}

/** Applies a platform's rules; returns null when none matches so the next platform can try. */
export function detectWithRules(detector: PlatformDetector, url: URL): PageInfo | null {
  const host = url.hostname.toLowerCase();
  for (const rule of detector.rules) {
    if (!rule.hosts.includes(host)) continue;
    if (!rule.path.test(url.pathname)) continue;
    if (rule.when && !rule.when(url)) continue;
    return {
      platform: detector.platform,
      kind: rule.kind,
      keyword: rule.kind === 'search' ? emptyToNull(detector.readKeyword(url)) : null,
      itemId: rule.kind === 'search' ? null : emptyToNull(detector.readItemId(url)),
    };
  }
  return null;
}

function emptyToNull(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
