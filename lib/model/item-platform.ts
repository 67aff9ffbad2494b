import type { Platform } from './page';

/**
 * Taobao and Tmall items share one id space, one search (s.taobao.com lists both, each card with its own
 * platform) and one seller back office (Tmall shops read Taobao's 生意参谋), so an item is the same item
 * whichever of the two names it, and demand data are Taobao's for both. 1688 stays apart. Free of schemas:
 * content scripts use it too.
 */
export function itemPlatformOf(platform: Platform): Platform {
  return platform === 'tmall' ? 'taobao' : platform;
}

/** `${itemPlatformOf(platform)}:${itemId}`: one key for an item seen as Taobao or as Tmall. */
export function itemIdentityOf(platform: Platform, itemId: string): string {
  return `${itemPlatformOf(platform)}:${itemId}`;
}
