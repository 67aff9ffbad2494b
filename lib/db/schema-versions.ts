import type { Dexie, Transaction } from 'dexie';
import { indexSnapshotItems, summariseSnapshot } from '../analysis/history/summarise-snapshot';
import type { SnapshotItems, SnapshotSummary } from '../model/history';
import { SEARCH_SOURCES, type SearchSnapshot, type SearchSource } from '../model/records';

/**
 * Every schema version the database has had, oldest first. Never edit a released entry: add a new one
 * with the changed stores and, when rows must be rewritten, a row migration per table. The same row
 * migrations upgrade the database and bring rows of an older backup up to date (backup.ts). Each version needs
 * a fixture in tests/fixtures/db/ (the migration test fails without one).
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites one row of a table from the previous version's shape to this one's (in place). */
  migrateRows?: Record<string, (row: Record<string, unknown>) => void>;
  /** Fills a new table from existing rows during the upgrade (after the row migrations). */
  fillTables?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Top-60 captures; queried by keyword and by platform + time for history and trends.
      snapshots: '++id, capturedAt, keyword, [platform+keyword], [platform+capturedAt]',
      // Latest state per item, key `${platform}:${itemId}` (`watched` is a boolean: not indexable, filtered in code).
      items: 'key, platform, itemId, lastSeenAt',
      // Versions of competitor item pages.
      captures: '++id, itemKey, capturedAt, [itemKey+capturedAt]',
      listings: 'key, platform, itemId, benchmarkSnapshotId',
      metrics: '++id, [platform+scope+subject], periodEnd',
      orders: 'key, platform, buyer, createdAt',
      settings: 'key',
      visits: '++id, seenAt, url',
    },
  },
  {
    // v2: features of main images (no pixels), cached by URL so the 60 competitors are decoded once.
    version: 2,
    stores: { imageFeatures: 'url, computedAt' },
  },
  {
    // v3: a snapshot names its sources as a list of known names instead of one string joined with "+".
    version: 3,
    stores: {},
    migrateRows: {
      snapshots: (row) => {
        if (typeof row.source !== 'string') return;
        const names = row.source.split('+').filter((name): name is SearchSource => (SEARCH_SOURCES as readonly string[]).includes(name));
        // Every stored name is a known one (our own parsers wrote them); a row with none is read from cards.
        row.sources = names.length ? [...new Set(names)] : ['dom'];
        delete row.source;
      },
    },
  },
  {
    // v4: history. A summary row per snapshot (trends and pickers read these, not whole snapshots) and an item
    // index of each snapshot's organic items (both derived, so never backed up), and the 动态 list of changes
    // found after each capture.
    version: 4,
    stores: {
      snapshotSummaries: 'snapshotId, capturedAt, [platform+keyword+capturedAt]',
      snapshotItems: 'snapshotId, *itemIds',
      alerts: '++id, createdAt',
    },
    fillTables: async (tx) => {
      // One snapshot at a time (a long history does not fit in memory whole); the summaries are small.
      const summaries: SnapshotSummary[] = [];
      const index: SnapshotItems[] = [];
      await tx.table('snapshots').each((row: SearchSnapshot & { id: number }) => {
        summaries.push(summariseSnapshot(row));
        index.push(indexSnapshotItems(row));
      });
      await tx.table('snapshotSummaries').bulkPut(summaries);
      await tx.table('snapshotItems').bulkPut(index);
    },
  },
  {
    // v5: buyers marked as contacted from the 回访清单 (a log; key `${buyerKey}|${reason}|${contactedAt}`).
    version: 5,
    stores: { contacts: 'key, buyerKey, contactedAt' },
  },
  {
    // v6: paid-search keyword reports (直通车 / 网销宝), one row per keyword and day (key
    // `${platform}|${campaign}|${unit}|${keyword}|${periodStart}|${periodEnd}`), read by platform and date for the
    // 1/3/7/14/28-day diagnosis. Metrics rows gained optional market fields and the scope "market": their
    // defaults keep older rows valid, so no row is rewritten.
    version: 6,
    stores: { paidKeywords: 'key, platform, keyword, periodEnd' },
  },
];

/** Tables computed from other tables: rebuilt, never backed up or restored. */
export const DERIVED_TABLES: readonly string[] = ['snapshotSummaries', 'snapshotItems'];

export const LATEST_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares versions on a Dexie instance; `upTo` lets the migration test build an older database. */
export function declareSchemaVersions(db: Dexie, upTo: number = LATEST_SCHEMA_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    const { migrateRows: migrations, fillTables } = v;
    if (migrations || fillTables) {
      declared.upgrade(async (tx: Transaction) => {
        for (const [table, migrate] of Object.entries(migrations ?? {})) {
          await tx
            .table(table)
            .toCollection()
            .modify((row: Record<string, unknown>) => migrate(row));
        }
        await fillTables?.(tx);
      });
    }
  }
}

/** Brings rows written at `fromVersion` up to the latest shape, version by version (for restoring old backups). */
export function migrateRowsFrom(fromVersion: number, table: string, rows: readonly unknown[]): unknown[] {
  const copies = rows.map((row) => (row && typeof row === 'object' ? structuredClone(row) : row));
  for (const v of SCHEMA_VERSIONS) {
    const migrate = v.version > fromVersion ? v.migrateRows?.[table] : undefined;
    if (!migrate) continue;
    for (const row of copies) if (row && typeof row === 'object') migrate(row as Record<string, unknown>);
  }
  return copies;
}
