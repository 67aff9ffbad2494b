import { itemIdentityOf } from '../../model/item-platform';
import type { Platform } from '../../model/page';

// Kept free of schemas and analysis imports: the result-page content script marks my items with it.

/** What makes an item mine: my own listings (店铺) and any item of a shop named in 设置 → 我的店铺. */
export interface MyItems {
  /** Own listings by item identity (`taobao:…` for Taobao and Tmall alike, `1688:…`). */
  itemKeys: ReadonlySet<string>;
  /** Shop names as the user typed them (trimmed, compared exactly, case-insensitively for Latin letters). */
  shopNames: ReadonlySet<string>;
}

export function buildMyItems(listings: readonly { platform: Platform; itemId: string }[], shopNames: readonly string[]): MyItems {
  return {
    itemKeys: new Set(listings.map((l) => itemIdentityOf(l.platform, l.itemId))),
    shopNames: new Set(shopNames.map(normaliseShop).filter(Boolean)),
  };
}

export function isMine(mine: MyItems, platform: Platform, itemId: string, shop: string | null): boolean {
  return mine.itemKeys.has(itemIdentityOf(platform, itemId)) || (shop !== null && mine.shopNames.has(normaliseShop(shop)));
}

/** Shop names as 我的店铺 compares them: case and surrounding spaces do not count. */
export function normaliseShop(name: string): string {
  return name.trim().toLowerCase();
}
