import { describe, expect, it } from 'vitest';
import { deleteContacts, listContacts, markContacted, undoContact } from '../../../lib/db/contacts';
import type { DuibiaoDB } from '../../../lib/db/database';
import { useFreshDatabases } from '../../support/fresh-db';
import { readSettings, updateSettings } from '../../../lib/db/settings-store';
import { DEFAULT_REVISIT_TEMPLATES, DEFAULT_SETTINGS } from '../../../lib/model/settings';

const openDb = useFreshDatabases('contacts');
let db: DuibiaoDB;
const freshDb = async (): Promise<DuibiaoDB> => (db = await openDb());

describe('contact log', () => {
  it('marks, lists, takes back and deletes contacts by platform', async () => {
    await freshDb();
    const first = await markContacted({ platform: 'taobao', buyer: 't**1', reason: 'repeat-3-4', occasion: null }, 1000, db);
    expect(first).toEqual({
      key: 'taobao:t**1|repeat-3-4|1000',
      platform: 'taobao',
      buyer: 't**1',
      buyerKey: 'taobao:t**1',
      reason: 'repeat-3-4',
      occasion: null,
      contactedAt: 1000,
    });
    await markContacted({ platform: 'taobao', buyer: 't**1', reason: 'campaign', occasion: '2026-12-12' }, 2000, db);
    await markContacted({ platform: '1688', buyer: 'b***1', reason: 'lapsed', occasion: null }, 3000, db);
    expect((await listContacts(db)).map((c) => c.key).sort()).toEqual([
      '1688:b***1|lapsed|3000',
      'taobao:t**1|campaign|2000',
      'taobao:t**1|repeat-3-4|1000',
    ]);
    await undoContact(first.key, db);
    expect(await db.contacts.count()).toBe(2);
    expect(await deleteContacts('taobao', db)).toBe(1);
    expect((await listContacts(db)).map((c) => c.buyerKey)).toEqual(['1688:b***1']);
    expect(await deleteContacts(null, db)).toBe(1);
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses a contact that does not fit its schema and writes nothing', async () => {
    await freshDb();
    await expect(markContacted({ platform: 'taobao', buyer: '', reason: 'lapsed', occasion: null }, 1, db)).rejects.toThrow();
    await expect(markContacted({ platform: 'taobao', buyer: 'x', reason: 'campaign', occasion: '12月12日' }, 1, db)).rejects.toThrow();
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('revisit settings', () => {
  it('an older stored record gains the revisit defaults; a record with some templates keeps them and gets the rest', async () => {
    await freshDb();
    await db.settings.put({ key: 'settings', value: { showOverlays: false, revisitTemplates: { lapsed: '好久不见' } } as never });
    const settings = await readSettings(db);
    expect(settings).toMatchObject({
      showOverlays: false,
      revisitCoolDownDays: 30,
      revisitLapsedDays: 60,
      campaignDate: null,
      festivalDate: null,
    });
    expect(settings.revisitTemplates).toEqual({ ...DEFAULT_REVISIT_TEMPLATES, lapsed: '好久不见' });
    expect(DEFAULT_SETTINGS.revisitTemplates).toEqual(DEFAULT_REVISIT_TEMPLATES);
  });

  it('refuses a date that is not YYYY-MM-DD, an empty template and a cool-down out of range', async () => {
    await freshDb();
    await updateSettings({ campaignDate: '2026-12-12', revisitCoolDownDays: 14 }, db);
    await expect(updateSettings({ campaignDate: '12/12' }, db)).rejects.toThrow();
    await expect(updateSettings({ revisitTemplates: { ...DEFAULT_REVISIT_TEMPLATES, lapsed: '  ' } }, db)).rejects.toThrow();
    await expect(updateSettings({ revisitCoolDownDays: 0 }, db)).rejects.toThrow();
    expect(await readSettings(db)).toMatchObject({ campaignDate: '2026-12-12', revisitCoolDownDays: 14 });
  });
});
