import { describe, expect, it } from 'vitest';
import { backupFileName, checkBackup, createBackup, describeRestore, restoreBackup } from '../../../lib/db/backup';
import { DuibiaoDB, TABLE_ROW_SCHEMAS } from '../../../lib/db/database';
import { LATEST_SCHEMA_VERSION } from '../../../lib/db/schema-versions';
import { V1_ROWS } from '../../fixtures/db/v1';
import { V3_ROWS } from '../../fixtures/db/v3';
import { V6_ROWS } from '../../fixtures/db/v6';
import { useFreshDatabases } from '../../support/fresh-db';

const freshDb = useFreshDatabases('backup');

const dump = async (db: DuibiaoDB): Promise<Record<string, unknown[]>> =>
  Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));

/** A backup file as an older version of Duibiao would have written it. */
async function legacyBackup(schemaVersion: number, tables: Record<string, unknown[]>): Promise<Uint8Array> {
  const json = JSON.stringify({
    format: 'duibiao-backup',
    formatVersion: 1,
    schemaVersion,
    createdAt: 1,
    counts: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])),
    tables,
  });
  return new TextEncoder().encode(json);
}

describe('backup and restore', () => {
  it('backup → wipe → restore gives every table back, row for row', async () => {
    const db = await freshDb(V6_ROWS);
    const before = await dump(db);
    expect(Object.keys(before).sort()).toEqual(db.tables.map((t) => t.name).sort());
    const file = await createBackup(db, 1_800_000_000_000);
    expect([file[0], file[1]]).toEqual([0x1f, 0x8b]); // gzip
    for (const table of db.tables) await table.clear();
    const check = await checkBackup(file);
    expect(check.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(check.refused).toEqual({});
    const report = await restoreBackup(check, 'replace', db);
    // Rows come back as their schema reads them (fields added later get their defaults: null, []).
    const normalised = Object.fromEntries(Object.entries(before).map(([t, rows]) => [t, rows.map((r) => TABLE_ROW_SCHEMAS[t]!.parse(r))]));
    expect(await dump(db)).toEqual(normalised);
    // Summaries are not in the file: they are rebuilt from the restored snapshots (and equal the ones before).
    expect(report.added.snapshotSummaries).toBeUndefined();
    const { snapshotSummaries, snapshotItems, ...backedUp } = before;
    expect(snapshotItems!.length).toBe(V6_ROWS.snapshots!.length);
    expect(snapshotSummaries!.length).toBe(V6_ROWS.snapshots!.length);
    expect(Object.values(report.added).reduce((a, b) => a + b, 0)).toBe(Object.values(backedUp).flat().length);
  });

  it('a summary table smuggled into a file is ignored; summaries always come from the snapshots', async () => {
    const forged = { ...V6_ROWS, snapshotSummaries: [{ ...(V6_ROWS.snapshotSummaries![0] as object), priceMean: 1, snapshotId: 999 }] };
    const db = await freshDb();
    await restoreBackup(await checkBackup(await legacyBackup(LATEST_SCHEMA_VERSION, forged)), 'replace', db);
    expect(await db.snapshotSummaries.toArray()).toEqual(V6_ROWS.snapshotSummaries);
  });

  it('merging the same backup twice adds nothing the second time; a listing follows its snapshot’s new id', async () => {
    const source = await freshDb(V6_ROWS);
    const file = await createBackup(source);
    const target = await freshDb();
    // The target already has an unrelated snapshot, so restored snapshots get other ids.
    await target.snapshots.add({ ...(V6_ROWS.snapshots![0] as object), id: undefined, keyword: '别的词' } as never);
    const first = await restoreBackup(await checkBackup(file), 'merge', target);
    expect(first.added.snapshots).toBe(V6_ROWS.snapshots!.length);
    const second = await restoreBackup(await checkBackup(file), 'merge', target);
    expect(Object.values(second.added).every((n) => n === 0)).toBe(true);
    expect(second.skipped.snapshots).toBe(V6_ROWS.snapshots!.length);
    const listing = (await target.listings.toArray()).find((l) => l.benchmarkSnapshotId !== null);
    if (listing) {
      const linked = await target.snapshots.get(listing.benchmarkSnapshotId!);
      expect(linked?.keyword).not.toBe('别的词');
    }
    expect(describeRestore(second)).toMatch(/^已合并：新增 0 行（无）；跳过已有 \d+ 行/);
  });

  it('the contact log of the 回访清单 is backed up and restored; merging it twice adds no contact twice', async () => {
    const source = await freshDb(V6_ROWS);
    const file = await createBackup(source);
    const check = await checkBackup(file);
    expect(check.rows.contacts).toHaveLength(V6_ROWS.contacts!.length);
    const target = await freshDb();
    await target.contacts.add({
      key: 'taobao:other|lapsed|1',
      platform: 'taobao',
      buyer: 'other',
      buyerKey: 'taobao:other',
      reason: 'lapsed',
      occasion: null,
      contactedAt: 1,
    });
    const first = await restoreBackup(check, 'merge', target);
    expect(first.added.contacts).toBe(2);
    const second = await restoreBackup(await checkBackup(file), 'merge', target);
    expect(second).toMatchObject({ added: { contacts: 0 }, skipped: { contacts: 2 } });
    expect((await target.contacts.toArray()).map((c) => c.key).sort()).toEqual(
      ['taobao:other|lapsed|1', ...V6_ROWS.contacts!.map((c) => (c as { key: string }).key)].sort(),
    );
    // A contact row that is not one (unknown reason) is refused by itself.
    const bad = await checkBackup(
      await legacyBackup(5, { contacts: [...V6_ROWS.contacts!, { ...(V6_ROWS.contacts![0] as object), reason: 'spam' }] }),
    );
    expect(bad.refused.contacts?.count).toBe(1);
    expect(bad.rows.contacts).toHaveLength(2);
  });

  it('a backup taken before the contact log existed restores with an empty one (replace clears it)', async () => {
    const check = await checkBackup(await legacyBackup(3, V3_ROWS));
    const db = await freshDb(V6_ROWS);
    await restoreBackup(check, 'replace', db);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.orders.count()).toBe(V3_ROWS.orders!.length);
  });

  it('a backup taken by schema version 1 restores into the current version', async () => {
    const check = await checkBackup(await legacyBackup(1, V1_ROWS));
    expect(check.refused).toEqual({});
    const db = await freshDb();
    await restoreBackup(check, 'replace', db);
    const [snapshot] = await db.snapshots.toArray();
    expect(snapshot!.sources).toEqual(['g_page_config']);
    expect('source' in snapshot!).toBe(false);
  });

  it.each([
    ['garbage bytes', new Uint8Array([1, 2, 3, 4, 5]), /这不是对标的备份文件|文件已损坏/],
    ['a foreign JSON file', new TextEncoder().encode('{"hello":"world"}'), /格式不对/],
    ['a truncated gzip', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), /文件已损坏/],
  ])('%s is refused and nothing is written', async (_name, bytes, message) => {
    const db = await freshDb(V6_ROWS);
    const before = await dump(db);
    await expect(checkBackup(bytes)).rejects.toThrow(message);
    expect(await dump(db)).toEqual(before);
  });

  it('a file from a newer version, or with counts that do not match, is refused', async () => {
    await expect(checkBackup(await legacyBackup(LATEST_SCHEMA_VERSION + 1, {}))).rejects.toThrow(/更新版本/);
    const bytes = new TextEncoder().encode(
      JSON.stringify({
        format: 'duibiao-backup',
        formatVersion: 1,
        schemaVersion: 3,
        createdAt: 1,
        counts: { visits: 5 },
        tables: { visits: [] },
      }),
    );
    await expect(checkBackup(bytes)).rejects.toThrow(/不完整/);
  });

  it('rows that fail their schema are refused one by one and counted, the rest restore', async () => {
    const tables = { ...V6_ROWS, visits: [...V6_ROWS.visits!, { url: 42, seenAt: 'yesterday' }] };
    const check = await checkBackup(await legacyBackup(3, tables));
    expect(check.refused.visits?.count).toBe(1);
    const db = await freshDb();
    const report = await restoreBackup(check, 'merge', db);
    expect(report.refused).toEqual({ visits: 1 });
    expect(await db.visits.count()).toBe(V6_ROWS.visits!.length);
  });

  it.each([
    ['a damaged gzip file', async () => (await createBackup(await freshDb(V6_ROWS))).subarray(0, 120)],
    ['a foreign JSON file', async () => new TextEncoder().encode(JSON.stringify({ snapshots: [], hello: 'world' }))],
    ['bytes that are not text', async () => new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x9f, 0x00, 0xc3])],
  ])('%s is refused as a whole and nothing is written', async (_label, make) => {
    const bytes = await make();
    const db = await freshDb(V6_ROWS);
    const before = await dump(db);
    await expect(checkBackup(bytes)).rejects.toThrow(/没有恢复任何数据/);
    expect(await dump(db)).toEqual(before);
  });

  it('names the file with the date', () => {
    expect(backupFileName(new Date(2026, 10, 25, 18, 30))).toBe('对标备份_20261125-1830.json.gz');
  });
});
