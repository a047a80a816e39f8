import type { Page } from 'playwright-core';

export const databaseName = 'collectievekracht-selfscan';

/**
 * Every row of every object store of the app's database, as one canonical string: keys sorted,
 * rows sorted. Two equal strings mean the database did not change.
 */
export async function exportDatabase(page: Page): Promise<string> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onupgradeneeded = () => reject(new Error(`database ${name} did not exist`));
    });
    const canonical = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(canonical);
      if (value instanceof Date) return { $date: value.toISOString() };
      if (value && typeof value === 'object') {
        return Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
        );
      }
      return value;
    };
    const stores: Record<string, string[]> = {};
    const names = [...db.objectStoreNames].sort();
    const tx = db.transaction(names, 'readonly');
    for (const store of names) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = tx.objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
      stores[store] = rows.map((row) => JSON.stringify(canonical(row))).sort();
    }
    db.close();
    return JSON.stringify({ version: db.version, stores });
  }, databaseName);
}

type Row = Record<string, unknown>;

/** The rows of one store, parsed back from an export. */
export function rowsOf(exported: string, store: string): Row[] {
  const parsed = JSON.parse(exported) as { stores: Record<string, string[]> };
  return (parsed.stores[store] ?? []).map((row) => JSON.parse(row) as Row);
}

/** The stored answers of one response, read straight from IndexedDB. */
export async function storedAnswers(page: Page, responseId: string): Promise<Row | undefined> {
  const row = rowsOf(await exportDatabase(page), 'responses').find((r) => r.id === responseId);
  return row?.answers as Row | undefined;
}

/** How many rows each store holds, or why the database could not be read: for failure messages. */
export async function describeDatabase(page: Page): Promise<string> {
  try {
    const { version, stores } = JSON.parse(await exportDatabase(page)) as {
      version: number;
      stores: Record<string, string[]>;
    };
    const counts = Object.entries(stores).map(([store, rows]) => `${store} ${rows.length}`);
    return `database version ${version}: ${counts.join(', ')}`;
  } catch (error) {
    return `database not readable: ${String(error)}`;
  }
}
