import { crc32Hex } from './checksum';
import { isCopiedTable, type ChangeRecord } from './copy-state';

/**
 * The journal is append-only text: one record per line, `<crc32 of the JSON> <JSON>\n`. A line is
 * data only when it ends in a newline and its checksum matches, so a write cut off by a crash or a
 * byte changed on disk is skipped and counted, never read as data.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const newline = 0x0a;

/** The bytes of one journal line. */
export function encodeRecord(record: ChangeRecord): Uint8Array {
  const json = JSON.stringify(record);
  return encoder.encode(`${crc32Hex(encoder.encode(json))} ${json}\n`);
}

/** The bytes of several journal lines, in order. */
export function encodeRecords(records: readonly ChangeRecord[]): Uint8Array {
  const parts = records.map(encodeRecord);
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

export type JournalRead = {
  records: ChangeRecord[];
  /** lines whose checksum or shape did not match */
  badRecords: number;
  /** 1 when the file ends in a line without its newline: a write cut off mid-way */
  cutOff: number;
};

function isChangeRecord(value: unknown): value is ChangeRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (typeof r.seq !== 'number' || typeof r.at !== 'string') return false;
  if (typeof r.table !== 'string' || !isCopiedTable(r.table)) return false;
  if (r.op === 'clear') return true;
  if (typeof r.key !== 'string') return false;
  return r.op === 'delete' || (r.op === 'put' && 'row' in r);
}

function readLine(line: Uint8Array): ChangeRecord | undefined {
  const space = line.indexOf(0x20);
  if (space !== 8) return undefined;
  const json = line.subarray(space + 1);
  if (decoder.decode(line.subarray(0, 8)) !== crc32Hex(json)) return undefined;
  try {
    const value: unknown = JSON.parse(decoder.decode(json));
    return isChangeRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a journal: every whole line with a matching checksum, and how many lines were not. */
export function readJournal(bytes: Uint8Array): JournalRead {
  const records: ChangeRecord[] = [];
  let badRecords = 0;
  let start = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(newline, start);
    if (end < 0) return { records, badRecords, cutOff: 1 };
    const record = readLine(bytes.subarray(start, end));
    if (record) records.push(record);
    else badRecords += 1;
    start = end + 1;
  }
  return { records, badRecords, cutOff: 0 };
}
