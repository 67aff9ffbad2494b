import { afterEach, describe, expect, it } from 'vitest';
import { DuibiaoDB, TABLE_ROW_SCHEMAS } from '../../../lib/db/database';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../lib/db/schema-versions';
import { summariseSnapshot } from '../../../lib/analysis/history/summarise-snapshot';
import type { SearchSnapshot } from '../../../lib/model/records';

/** Fixture modules by version; a schema version without a fixture fails the test below. */
const fixtures = import.meta.glob<Record<string, Record<string, unknown[]>>>('../../fixtures/db/v*.ts', { eager: true });

function fixtureFor(version: number): Record<string, unknown[]> | undefined {
  const mod = fixtures[`../../fixtures/db/v${version}.ts`];
  return mod ? Object.values(mod)[0] : undefined;
}

const opened: DuibiaoDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('database migrations', () => {
  it.each(SCHEMA_VERSIONS.map((v) => v.version))('rows written at version %i read back valid at the latest version', async (version) => {
    const rows = fixtureFor(version);
    expect(rows, `tests/fixtures/db/v${version}.ts is missing`).toBeDefined();
    const name = `migration-v${version}`;

    const old = new DuibiaoDB(name, version);
    await old.open();
    // Every table that exists at this version (versions only declare what they change).
    const tables = old.tables.map((t) => t.name);
    for (const table of tables) {
      expect(rows![table], `fixture v${version} has no rows for ${table}`).toBeDefined();
      await old.table(table).bulkAdd(rows![table]!);
    }
    old.close();

    const latest = new DuibiaoDB(name);
    opened.push(latest);
    await latest.open();
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    for (const table of latest.tables) {
      const schema = TABLE_ROW_SCHEMAS[table.name];
      expect(schema, `no row schema for table ${table.name}`).toBeDefined();
      const all = await table.toArray();
      expect(all.length, `${table.name} lost rows`).toBeGreaterThanOrEqual(rows![table.name]?.length ?? 0);
      for (const row of all) expect(schema!.safeParse(row).error).toBeUndefined();
    }
  });

  it('every table of the latest version has a row schema', () => {
    const db = new DuibiaoDB('schema-check');
    opened.push(db);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(TABLE_ROW_SCHEMAS).sort());
  });

  it('versions are strictly increasing', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});

describe('v2 → v3', () => {
  it('turns a snapshot’s joined source string into the list of its sources', async () => {
    const { V2_ROWS } = await import('../../fixtures/db/v2');
    const old = new DuibiaoDB('migration-sources', 2);
    await old.open();
    await old.table('snapshots').bulkAdd(V2_ROWS.snapshots!);
    old.close();
    const latest = new DuibiaoDB('migration-sources');
    opened.push(latest);
    const rows = await latest.snapshots.orderBy('capturedAt').toArray();
    expect(rows.map((r) => r.sources)).toEqual([['g_page_config'], ['mtop', 'dom']]);
    expect(rows.every((r) => !('source' in r))).toBe(true);
  });
});

describe('v3 → v4', () => {
  it('fills a summary for every stored snapshot, equal to one computed from the snapshot, and loses nothing', async () => {
    const { V3_ROWS } = await import('../../fixtures/db/v3');
    const old = new DuibiaoDB('migration-summaries', 3);
    await old.open();
    await old.table('snapshots').bulkAdd(V3_ROWS.snapshots!);
    old.close();
    const latest = new DuibiaoDB('migration-summaries');
    opened.push(latest);
    const snapshots = await latest.snapshots.toArray();
    expect(snapshots).toEqual(V3_ROWS.snapshots);
    const summaries = await latest.snapshotSummaries.toArray();
    expect(summaries).toHaveLength(snapshots.length);
    for (const s of snapshots)
      expect(summaries.find((x) => x.snapshotId === s.id)).toEqual(summariseSnapshot(s as SearchSnapshot & { id: number }));
    // The item index finds a snapshot by any of its organic items.
    const first = snapshots[0]!.items[0]!.itemId;
    const holding = V3_ROWS.snapshots!.filter((s) => (s as SearchSnapshot).items.some((i) => i.itemId === first && !i.addedManually));
    expect(await latest.snapshotItems.where('itemIds').equals(first).primaryKeys()).toEqual(holding.map((s) => (s as SearchSnapshot).id));
  });
});
