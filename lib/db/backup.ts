import { z } from 'zod';
import { DuibiaoDB, getDatabase, TABLE_ROW_SCHEMAS } from './database';
import { DERIVED_TABLES, LATEST_SCHEMA_VERSION, migrateRowsFrom } from './schema-versions';
import { rebuildSnapshotSummaries } from './snapshots';

/**
 * 备份 and 恢复: every table in one file — versioned JSON, gzip-compressed, with the schema version and the row
 * counts inside. A restore reads and checks the whole file (format, schema version, every row against its
 * schema, after bringing rows of an older version up to date) before it writes anything, then merges by key
 * without duplicates or replaces everything, in one transaction, and says what it added, skipped and refused.
 */

export const BACKUP_FORMAT = 'duibiao-backup';
/** The file format's own version (not the database schema's). */
export const BACKUP_FORMAT_VERSION = 1;

const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().positive(),
  createdAt: z.number().int().nonnegative(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type BackupFile = z.infer<typeof BackupFileSchema>;

/** Tables whose primary key is assigned by the database: duplicates are recognised by what the row is. */
const NATURAL_KEYS: Record<string, (row: Record<string, unknown>) => string> = {
  snapshots: (r) => `${r.platform}|${r.keyword}|${r.sort}|${r.capturedAt}`,
  captures: (r) => `${r.itemKey}|${r.capturedAt}`,
  metrics: (r) => `${r.platform}|${r.scope}|${r.subject}|${r.periodStart}|${r.periodEnd}`,
  visits: (r) => `${r.url}|${r.seenAt}`,
  alerts: (r) => `${r.kind}|${r.platform}|${r.itemId}|${r.keyword}|${r.createdAt}`,
};

export interface RestoreCheck {
  /** Rows that passed their schema, by table, brought up to the current schema version. */
  rows: Record<string, Record<string, unknown>[]>;
  /** Rows that did not, with the first reason per table ("snapshots: 2 行（items.0.title: …）"). */
  refused: Record<string, { count: number; example: string }>;
  schemaVersion: number;
  createdAt: number;
}

export interface RestoreReport {
  mode: 'merge' | 'replace';
  added: Record<string, number>;
  skipped: Record<string, number>;
  refused: Record<string, number>;
}

/** Reads every table into a backup file (gzip). */
export async function createBackup(db: DuibiaoDB = getDatabase(), now: number = Date.now()): Promise<Uint8Array> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of backedUpTables(db)) tables[table.name] = await table.toArray();
  });
  return encodeBackup(describeBackup(tables, db.verno || LATEST_SCHEMA_VERSION, now));
}

/** The backup file around some tables' rows, with the counts a restore checks. */
export function describeBackup(tables: Record<string, unknown[]>, schemaVersion: number, now: number): BackupFile {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    createdAt: now,
    counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
    tables,
  };
}

/** A backup file as the bytes written to disk (gzip-compressed JSON). */
export function encodeBackup(file: BackupFile): Promise<Uint8Array> {
  return gzip(JSON.stringify(file));
}

/** Rows per table now (shown in 设置 → 数据 next to the backup button). */
export async function countRows(db: DuibiaoDB = getDatabase()): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of backedUpTables(db)) counts[table.name] = await table.count();
  return counts;
}

/** 对标备份_20261125-1830.json.gz */
export function backupFileName(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `对标备份_${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.json.gz`;
}

/**
 * Checks a backup file completely, writing nothing: gzip or plain JSON, our format, a schema version this
 * version can read, counts that match, and every row against its table's schema after migration. Throws a
 * Chinese sentence when the file as a whole is unusable; rows that fail alone are listed as refused.
 */
export async function checkBackup(bytes: Uint8Array): Promise<RestoreCheck> {
  let text: string;
  try {
    text = isGzip(bytes) ? await gunzip(bytes) : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('文件已损坏（解压或读取失败），没有恢复任何数据');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('这不是对标的备份文件（内容不是 JSON），没有恢复任何数据');
  }
  const file = BackupFileSchema.safeParse(json);
  if (!file.success) throw new Error('这不是对标的备份文件（格式不对），没有恢复任何数据');
  const { schemaVersion, tables, counts, createdAt } = file.data;
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new Error(`备份来自更新版本的对标（数据版本 ${schemaVersion}，当前 ${LATEST_SCHEMA_VERSION}），请先升级插件再恢复`);
  }
  for (const [name, rows] of Object.entries(tables)) {
    if (counts[name] !== rows.length)
      throw new Error(`备份文件不完整：表 ${name} 应有 ${counts[name] ?? 0} 行，实际 ${rows.length} 行，没有恢复任何数据`);
  }
  const check: RestoreCheck = { rows: {}, refused: {}, schemaVersion, createdAt };
  for (const [name, raw] of Object.entries(tables)) {
    // Computed from other tables: rebuilt after the restore, never taken from a file.
    if (DERIVED_TABLES.includes(name)) continue;
    const schema = TABLE_ROW_SCHEMAS[name];
    if (!schema) {
      check.refused[name] = { count: raw.length, example: '对标没有这张表' };
      continue;
    }
    const valid: Record<string, unknown>[] = [];
    for (const row of migrateRowsFrom(schemaVersion, name, raw)) {
      const parsed = schema.safeParse(row);
      if (parsed.success) valid.push(parsed.data as Record<string, unknown>);
      else {
        const entry = (check.refused[name] ??= { count: 0, example: describeIssue(parsed.error) });
        entry.count++;
      }
    }
    check.rows[name] = valid;
  }
  return check;
}

/**
 * Writes a checked backup in one transaction. Merge: rows whose key (or, for numbered tables, whose content
 * key) is already there are skipped; numbered rows get new ids and listings follow their snapshot's new id.
 * Replace: every table is cleared first and the rows are written with their own ids.
 */
export async function restoreBackup(check: RestoreCheck, mode: 'merge' | 'replace', db: DuibiaoDB = getDatabase()): Promise<RestoreReport> {
  const report: RestoreReport = {
    mode,
    added: {},
    skipped: {},
    refused: Object.fromEntries(Object.entries(check.refused).map(([t, r]) => [t, r.count])),
  };
  const tables = db.tables.filter((t) => check.rows[t.name]);
  await db.transaction('rw', db.tables, async () => {
    if (mode === 'replace') {
      for (const table of db.tables) await table.clear();
      for (const table of tables) {
        await table.bulkAdd(check.rows[table.name]!);
        report.added[table.name] = check.rows[table.name]!.length;
        report.skipped[table.name] = 0;
      }
      await rebuildSnapshotSummaries(db);
      return;
    }
    const snapshotIds = new Map<unknown, unknown>();
    // Snapshots first: listings point at them.
    for (const table of [...tables].sort((a, b) => Number(b.name === 'snapshots') - Number(a.name === 'snapshots'))) {
      const natural = NATURAL_KEYS[table.name];
      let added = 0;
      let skipped = 0;
      if (natural) {
        const existing = new Map<string, unknown>();
        await table.each((row: Record<string, unknown>) => {
          existing.set(natural(row), row.id);
        });
        for (const row of check.rows[table.name]!) {
          const key = natural(row);
          if (existing.has(key)) {
            if (table.name === 'snapshots') snapshotIds.set(row.id, existing.get(key));
            skipped++;
            continue;
          }
          const { id, ...rest } = row;
          // 动态 follow their snapshot's new id (none when it was not restored).
          if (table.name === 'alerts' && rest.snapshotId !== null) rest.snapshotId = snapshotIds.get(rest.snapshotId) ?? null;
          const newId = await table.add(rest);
          if (table.name === 'snapshots') snapshotIds.set(id, newId);
          existing.set(key, newId);
          added++;
        }
      } else {
        for (const row of check.rows[table.name]!) {
          const key = table.schema.primKey.keyPath as string;
          if ((await table.get(row[key] as string)) !== undefined) {
            skipped++;
            continue;
          }
          const linked =
            table.name === 'listings' && row.benchmarkSnapshotId !== null
              ? { ...row, benchmarkSnapshotId: snapshotIds.get(row.benchmarkSnapshotId) ?? null }
              : row;
          await table.add(linked);
          added++;
        }
      }
      report.added[table.name] = added;
      report.skipped[table.name] = skipped;
    }
    await rebuildSnapshotSummaries(db);
  });
  return report;
}

/** The tables a backup holds: everything the user made or captured, not what is computed from it. */
function backedUpTables(db: DuibiaoDB): DuibiaoDB['tables'] {
  return db.tables.filter((t) => !DERIVED_TABLES.includes(t.name));
}

/** "已恢复：快照 3 个…；跳过（已存在）…；拒绝…" */
export function describeRestore(report: RestoreReport): string {
  const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
  const list = (counts: Record<string, number>): string =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${TABLE_LABELS[t] ?? t} ${n}`)
      .join('、') || '无';
  return `${report.mode === 'replace' ? '已替换全部数据' : '已合并'}：新增 ${sum(report.added)} 行（${list(report.added)}）；跳过已有 ${sum(report.skipped)} 行；拒绝 ${sum(report.refused)} 行（${list(report.refused)}）。`;
}

export const TABLE_LABELS: Record<string, string> = {
  snapshots: '快照',
  items: '竞品',
  captures: '竞品版本',
  listings: '我的商品',
  metrics: '后台数据',
  orders: '订单',
  settings: '设置',
  visits: '浏览记录',
  imageFeatures: '主图特征',
  alerts: '动态',
  contacts: '联系记录',
  paidKeywords: '推广关键词报表',
};

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '行'}：${issue.message}` : '不符合格式';
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function gunzip(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Response(stream).arrayBuffer());
}
