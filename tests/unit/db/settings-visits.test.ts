import { afterEach, describe, expect, it } from 'vitest';
import { DuibiaoDB } from '../../../lib/db/database';
import { readSettings, updateSettings } from '../../../lib/db/settings-store';
import { MAX_VISITS, recordVisit } from '../../../lib/db/visits';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import type { PageReport } from '../../../lib/model/messages';

let db: DuibiaoDB;
let n = 0;
const freshDb = (): DuibiaoDB => (db = new DuibiaoDB(`unit-${++n}`));
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('settings store', () => {
  it('returns defaults when nothing is stored and merges changes', async () => {
    freshDb();
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ showOverlays: false }, db);
    expect(await readSettings(db)).toMatchObject({ showOverlays: false, titleUnitLimit1688: 60 });
  });

  it('rejects an invalid value and keeps the stored one', async () => {
    freshDb();
    await updateSettings({ titleUnitLimit1688: 80 }, db);
    await expect(updateSettings({ titleUnitLimit1688: 5 }, db)).rejects.toThrow();
    expect((await readSettings(db)).titleUnitLimit1688).toBe(80);
  });

  it('a damaged stored row falls back to defaults', async () => {
    freshDb();
    await db.settings.put({ key: 'settings', value: { showOverlays: 'yes' } as never });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('recordVisit', () => {
  const report = (url: string): PageReport => ({
    url,
    title: 't',
    isTopFrame: true,
    platform: 'taobao',
    kind: 'search',
    keyword: 'k',
    itemId: null,
  });

  it('merges a quick repeat of the same URL and adds a new row otherwise', async () => {
    freshDb();
    await recordVisit(report('https://s.taobao.com/search?q=a'), 1000, db);
    await recordVisit(report('https://s.taobao.com/search?q=a'), 2000, db);
    expect(await db.visits.count()).toBe(1);
    await recordVisit(report('https://s.taobao.com/search?q=a'), 60_000, db);
    await recordVisit(report('https://s.taobao.com/search?q=b'), 60_001, db);
    expect(await db.visits.count()).toBe(3);
  });

  it(`keeps only the latest ${MAX_VISITS}`, async () => {
    freshDb();
    for (let i = 0; i < MAX_VISITS + 5; i++) await recordVisit(report(`https://s.taobao.com/search?q=${i}`), i * 100_000, db);
    expect(await db.visits.count()).toBe(MAX_VISITS);
    const oldest = await db.visits.orderBy('seenAt').first();
    expect(oldest?.url).toBe('https://s.taobao.com/search?q=5');
  });
});
