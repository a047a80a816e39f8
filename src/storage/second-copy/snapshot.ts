import { crc32Hex } from './checksum';
import {
  applyRecords,
  copiedTables,
  emptyCopyState,
  laterCopiedTables,
  type ChangeRecord,
  type CopyState,
} from './copy-state';

/**
 * A snapshot is the whole copy at one `seq`, written now and then so the journal stays short:
 * `<crc32 of the JSON> <JSON>`. After a crash between writing a snapshot and emptying the journal,
 * the journal's records at or below the snapshot's `seq` are simply skipped on the next read.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const format = 'ck-second-copy';

/** The bytes of a snapshot of the copy. */
export function encodeSnapshot(state: CopyState): Uint8Array {
  const json = JSON.stringify({ format, formatVersion: 1, ...state });
  return encoder.encode(`${crc32Hex(encoder.encode(json))} ${json}`);
}

function isCopyState(value: unknown): value is CopyState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.format !== format || typeof v.seq !== 'number') return false;
  const tables = v.tables as Record<string, unknown> | undefined;
  return copiedTables.every(
    (t) =>
      (typeof tables?.[t] === 'object' && tables[t] !== null) ||
      (laterCopiedTables.includes(t) && tables?.[t] === undefined),
  );
}

/** Reads a snapshot; `undefined` when it is cut off, changed or not a snapshot. */
export function readSnapshot(bytes: Uint8Array): CopyState | undefined {
  if (bytes.length < 10 || bytes[8] !== 0x20) return undefined;
  const json = bytes.subarray(9);
  if (decoder.decode(bytes.subarray(0, 8)) !== crc32Hex(json)) return undefined;
  try {
    const value: unknown = JSON.parse(decoder.decode(json));
    if (!isCopyState(value)) return undefined;
    // a snapshot written before a later table holds none of its rows
    const tables = { ...emptyCopyState().tables, ...value.tables };
    return { seq: value.seq, lastChangeAt: value.lastChangeAt ?? null, tables };
  } catch {
    return undefined;
  }
}

/** Folds journal records into a snapshot: the snapshot alone then holds every record. */
export function compact(input: {
  snapshot: CopyState | undefined;
  records: readonly ChangeRecord[];
}): CopyState {
  return applyRecords(input.snapshot ?? emptyCopyState(), input.records);
}
