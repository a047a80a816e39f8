/** The tables the second copy holds: the ones a backup file holds, remembered studies included. */
export const copiedTables = [
  'collectives',
  'scans',
  'responses',
  'invitations',
  'studies',
] as const;
export type CopiedTable = (typeof copiedTables)[number];

/** Tables the copy holds since a later version: an older snapshot or marker without them holds none. */
export const laterCopiedTables: readonly CopiedTable[] = ['studies'];

/** One change as the journal keeps it: a whole row put, a row deleted, or a table cleared. */
export type ChangeRecord =
  | { seq: number; at: string; table: CopiedTable; op: 'put'; key: string; row: unknown }
  | { seq: number; at: string; table: CopiedTable; op: 'delete'; key: string }
  | { seq: number; at: string; table: CopiedTable; op: 'clear' };

/** What the second copy holds: every row by table and key, and the last change applied. */
export type CopyState = {
  seq: number;
  lastChangeAt: string | null;
  tables: Record<CopiedTable, Record<string, unknown>>;
};

/** A second copy with nothing in it. */
export function emptyCopyState(): CopyState {
  return {
    seq: 0,
    lastChangeAt: null,
    tables: { collectives: {}, scans: {}, responses: {}, invitations: {}, studies: {} },
  };
}

export function isCopiedTable(name: string): name is CopiedTable {
  return (copiedTables as readonly string[]).includes(name);
}

/** Applies change records in order; records at or below the state's `seq` are already in it. */
export function applyRecords(state: CopyState, records: readonly ChangeRecord[]): CopyState {
  const tables = { ...state.tables };
  const touched = new Set<CopiedTable>();
  let { seq, lastChangeAt } = state;
  for (const record of records) {
    if (record.seq <= seq) continue;
    // copy a table once, on its first change, so the state passed in is never changed
    if (!touched.has(record.table)) {
      tables[record.table] = record.op === 'clear' ? {} : { ...tables[record.table] };
      touched.add(record.table);
    }
    const rows = tables[record.table];
    if (record.op === 'put') rows[record.key] = record.row;
    else if (record.op === 'delete') delete rows[record.key];
    else tables[record.table] = {};
    seq = record.seq;
    lastChangeAt = record.at;
  }
  return { seq, lastChangeAt, tables };
}

/** Rows per table in the copy. */
export function countRows(state: CopyState): Record<CopiedTable, number> {
  return {
    collectives: Object.keys(state.tables.collectives).length,
    scans: Object.keys(state.tables.scans).length,
    responses: Object.keys(state.tables.responses).length,
    invitations: Object.keys(state.tables.invitations).length,
    studies: Object.keys(state.tables.studies).length,
  };
}
