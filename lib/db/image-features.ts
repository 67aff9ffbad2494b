import type { ImageFeatures } from '../analysis/image/features';
import { ImageFeaturesSchema } from '../model/records';
import { getDatabase, type DuibiaoDB } from './database';

/** Cached features by URL (a damaged row counts as not cached); only the URLs found are in the map. */
export async function readCachedFeatures(urls: readonly string[], db: DuibiaoDB = getDatabase()): Promise<Map<string, ImageFeatures>> {
  const rows = await db.imageFeatures.bulkGet([...urls]);
  const found = new Map<string, ImageFeatures>();
  rows.forEach((row, i) => {
    const parsed = row ? ImageFeaturesSchema.safeParse(row.features) : null;
    if (parsed?.success) found.set(urls[i]!, parsed.data);
  });
  return found;
}

/** Stores the features (never the pixels) of one downloaded image. */
export async function cacheFeatures(url: string, features: ImageFeatures, now: number, db: DuibiaoDB = getDatabase()): Promise<void> {
  await db.imageFeatures.put({ url, features, computedAt: now });
}
