import type { Platform } from '../../model/page';

// Kept free of schemas and analysis imports: the result-page content script marks my items with it.

/** What makes an item mine: my own listings (店铺) and any item of a shop named in 设置 → 我的店铺. */
export interface MyItems {
  /** `${platform}:${itemId}` of own listings. */
  itemKeys: ReadonlySet<string>;
  /** Shop names as the user typed them (trimmed, compared exactly, case-insensitively for Latin letters). */
  shopNames: ReadonlySet<string>;
}

export function buildMyItems(listings: readonly { platform: Platform; itemId: string }[], shopNames: readonly string[]): MyItems {
  return {
    itemKeys: new Set(listings.map((l) => `${l.platform}:${l.itemId}`)),
    shopNames: new Set(shopNames.map(normaliseShop).filter(Boolean)),
  };
}

export function isMine(mine: MyItems, platform: Platform, itemId: string, shop: string | null): boolean {
  return mine.itemKeys.has(`${platform}:${itemId}`) || (shop !== null && mine.shopNames.has(normaliseShop(shop)));
}

function normaliseShop(name: string): string {
  return name.trim().toLowerCase();
}
