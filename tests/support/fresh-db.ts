import { afterEach } from 'vitest';
import { DuibiaoDB } from '../../lib/db/database';

/**
 * Fresh databases for one test file (fake-indexeddb), each optionally filled with fixture rows per table;
 * every one is closed and deleted after each test.
 */
export function useFreshDatabases(prefix: string): (rows?: Record<string, unknown[]>) => Promise<DuibiaoDB> {
  const opened: DuibiaoDB[] = [];
  let counter = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return async (rows) => {
    const db = new DuibiaoDB(`${prefix}-${++counter}`);
    opened.push(db);
    await db.open();
    if (rows) for (const table of db.tables) if (rows[table.name]) await table.bulkAdd(rows[table.name]!);
    return db;
  };
}
