import { z } from '../domain/zod-mini';

/** Thrown when a row on disk no longer matches its schema; names the table, the row and the problem. */
export class StorageReadError extends Error {
  constructor(table: string, id: string, detail: string) {
    super(`Stored ${table} row "${id}" is damaged: ${detail}`);
    this.name = 'StorageReadError';
  }
}

/** Every row read from IndexedDB passes its zod schema before anyone sees it. */
export function readRow<T extends z.core.$ZodType>(
  schema: T,
  table: string,
  row: unknown,
): z.infer<T> {
  const parsed = z.safeParse(schema, row);
  if (parsed.success) return parsed.data;
  const id = typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : '?';
  const issue = parsed.error.issues[0];
  throw new StorageReadError(
    table,
    id,
    issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid',
  );
}
