import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { openChangeSet } from './change-feed';
import { isCopiedTable, type CopiedTable } from './copy-state';
import type { Change } from './engine';

/**
 * Sees every write to collectives, scans, responses and invitations, whatever repository makes it,
 * and announces the rows as they are after the transaction commits: an aborted transaction never
 * reaches the second copy, so it only ever holds what the database held.
 */
const pendingByTransaction = new WeakMap<DBCoreTransaction, Change[]>();

function pendingOf(trans: DBCoreTransaction): Change[] | undefined {
  const known = pendingByTransaction.get(trans);
  if (known) return known;
  const events = trans as Partial<EventTarget>;
  if (typeof events.addEventListener !== 'function') return undefined;
  const pending: Change[] = [];
  pendingByTransaction.set(trans, pending);
  const changeSet = openChangeSet();
  events.addEventListener('complete', () => changeSet.committed(pending));
  events.addEventListener('abort', changeSet.failed);
  return pending;
}

function keyOfRow(table: CopiedTable, row: unknown): string {
  const value = row as Record<string, unknown>;
  return String(table === 'invitations' ? value.scanId : value.id);
}

async function changesOf(
  table: CopiedTable,
  down: DBCoreTable,
  req: DBCoreMutateRequest,
  failed: (index: number) => boolean,
): Promise<Change[]> {
  const at = new Date().toISOString();
  if (req.type === 'add' || req.type === 'put') {
    return req.values
      .filter((_, index) => !failed(index))
      .map((row: unknown) => ({ at, table, op: 'put', key: keyOfRow(table, row), row }));
  }
  if (req.type === 'delete') {
    return req.keys.map((key: unknown) => ({ at, table, op: 'delete', key: String(key) }));
  }
  // DBCoreRangeType.Any (3) is a cleared table
  if (req.range.type === 3) return [{ at, table, op: 'clear' }];
  const found = await down.query({
    trans: req.trans,
    values: false,
    query: { index: down.schema.primaryKey, range: req.range },
  });
  return found.result.map((key: unknown) => ({ at, table, op: 'delete', key: String(key) }));
}

/** The Dexie middleware that feeds the second copy. */
export const secondCopyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ck-second-copy',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!isCopiedTable(name)) return table;
      return {
        ...table,
        mutate: async (req) => {
          // a ranged delete must learn its keys before they are gone
          const early =
            req.type === 'deleteRange' && req.range.type !== 3
              ? await changesOf(name, table, req, () => false)
              : undefined;
          const response = await table.mutate(req);
          const changes =
            early ?? (await changesOf(name, table, req, (i) => i in response.failures));
          pendingOf(req.trans)?.push(...changes);
          return response;
        },
      };
    },
  }),
};
