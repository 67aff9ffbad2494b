import { Dexie } from 'dexie';
import { DB_NAME, DuibiaoDB, getDatabase } from './database';
import { describeBackup, type BackupFile } from './backup';

export type OpenState = { ok: true; version: number } | { ok: false; message: string; storedVersion: number | null };

/**
 * Opens the database and reports instead of failing: an upgrade that throws (a bug in a new version, a
 * damaged store) leaves the old data where it was, and the side panel says what happened and offers to back
 * it up (backupStoredData) before anything else is tried.
 */
export async function openDatabaseSafely(db: DuibiaoDB = getDatabase()): Promise<OpenState> {
  try {
    await db.open();
    return { ok: true, version: db.verno };
  } catch (error) {
    const storedVersion = await readStoredVersion(db.name);
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, message: detail.slice(0, 500), storedVersion };
  }
}

/** The version of the database on disk, opened without any schema (so no upgrade runs). */
async function readStoredVersion(name: string): Promise<number | null> {
  const raw = new Dexie(name);
  try {
    await raw.open();
    return raw.verno;
  } catch {
    return null;
  } finally {
    raw.close();
  }
}

/**
 * Every table of the database as it is on disk, in the backup format, read without our schema (dynamic
 * mode) so it works when the upgrade to the current version fails. Restore it into a fixed version later.
 */
export async function backupStoredData(name: string = DB_NAME, now: number = Date.now()): Promise<BackupFile> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const tables: Record<string, unknown[]> = {};
    for (const table of raw.tables) tables[table.name] = await table.toArray();
    return describeBackup(tables, raw.verno, now);
  } finally {
    raw.close();
  }
}
