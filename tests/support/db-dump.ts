import type { SelfScanDatabase } from '../../src/storage/db';

/** Every row of every table, in key order, as one text: equal dumps mean nothing was written. */
export async function dumpDatabase(db: SelfScanDatabase): Promise<string> {
  const tables = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  tables.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(tables));
}
