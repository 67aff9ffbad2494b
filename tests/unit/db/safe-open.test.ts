import { afterEach, describe, expect, it } from 'vitest';
import { checkBackup, encodeBackup, restoreBackup } from '../../../lib/db/backup';
import { DuibiaoDB } from '../../../lib/db/database';
import { backupStoredData, openDatabaseSafely } from '../../../lib/db/safe-open';
import { LATEST_SCHEMA_VERSION } from '../../../lib/db/schema-versions';
import { V3_ROWS } from '../../fixtures/db/v3';

/** A future version whose upgrade throws: what a bug in a release would look like on a user's data. */
class BrokenUpgradeDB extends DuibiaoDB {
  constructor(name: string) {
    super(name);
    this.version(LATEST_SCHEMA_VERSION + 1)
      .stores({})
      .upgrade(() => {
        throw new Error('upgrade bug');
      });
  }
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new DuibiaoDB(name).delete();
});

describe('opening the database safely', () => {
  it('opens the current version', async () => {
    names.push('safe-ok');
    const db = new DuibiaoDB('safe-ok');
    expect(await openDatabaseSafely(db)).toEqual({ ok: true, version: LATEST_SCHEMA_VERSION });
    db.close();
  });

  it('reports a failing upgrade, keeps the old data and backs it up without the schema', async () => {
    names.push('safe-broken', 'safe-restored');
    const old = new DuibiaoDB('safe-broken');
    await old.open();
    for (const table of old.tables) if (V3_ROWS[table.name]) await table.bulkAdd(V3_ROWS[table.name]!);
    const before = await old.snapshots.count();
    old.close();
    expect(before).toBeGreaterThan(0);

    const broken = new BrokenUpgradeDB('safe-broken');
    const state = await openDatabaseSafely(broken);
    expect(state.ok).toBe(false);
    if (state.ok) return;
    expect(state.message).toContain('upgrade bug');
    expect(state.storedVersion).toBe(LATEST_SCHEMA_VERSION);
    broken.close();

    const file = await backupStoredData('safe-broken', 5);
    expect(file.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(file.counts.snapshots).toBe(before);

    // The raw backup restores into a working database.
    const fresh = new DuibiaoDB('safe-restored');
    const check = await checkBackup(await encodeBackup(file));
    expect(check.refused).toEqual({});
    await restoreBackup(check, 'replace', fresh);
    expect(await fresh.snapshots.count()).toBe(before);
    fresh.close();
  });
});
