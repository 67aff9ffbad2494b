import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../model/settings';
import { getDatabase, type DuibiaoDB } from './database';

/** Reads settings; a missing or damaged row yields the defaults (field by field where possible). */
export async function readSettings(db: DuibiaoDB = getDatabase()): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = SettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Merges a change into the stored settings after validating the result; invalid input throws and writes nothing. */
export async function updateSettings(change: Partial<Settings>, db: DuibiaoDB = getDatabase()): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await readSettings(db);
    const next = SettingsSchema.parse({ ...current, ...change });
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}
