import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from './copy-state';
import { encodeRecord, encodeRecords, readJournal } from './journal';

const records: ChangeRecord[] = [1, 2, 3].map((seq) => ({
  seq,
  at: `2026-01-0${seq}T10:00:00.000Z`,
  table: 'responses',
  op: 'put',
  key: `r${seq}`,
  row: { id: `r${seq}`, answers: { q1: seq } },
}));

describe('the journal reader', () => {
  it('reads back every record written', () => {
    expect(readJournal(encodeRecords(records))).toEqual({ records, badRecords: 0, cutOff: 0 });
  });

  it('reads an empty journal as no records', () => {
    expect(readJournal(new Uint8Array())).toEqual({ records: [], badRecords: 0, cutOff: 0 });
  });

  it.each([1, 5, 20])(
    'skips a last record cut off %i bytes before its end, and keeps every record before it',
    (cut) => {
      const bytes = encodeRecords(records);
      const read = readJournal(bytes.subarray(0, bytes.length - cut));
      expect(read.records).toEqual(records.slice(0, 2));
      expect(read.cutOff).toBe(1);
      expect(read.badRecords).toBe(0);
    },
  );

  it('skips a record with a bad checksum, counts it, and keeps every record before it', () => {
    const first = encodeRecord(records[0]!);
    const second = encodeRecord(records[1]!);
    // one digit of the answer changed on disk: the line still parses, its checksum does not match
    const changed = new TextDecoder().decode(second).replace('"q1":2', '"q1":5');
    const bytes = new Uint8Array([...first, ...new TextEncoder().encode(changed)]);
    const read = readJournal(bytes);
    expect(read.records).toEqual([records[0]]);
    expect(read.badRecords).toBe(1);
    expect(read.cutOff).toBe(0);
  });

  it('never reads garbage as data, and counts each garbled line', () => {
    const garbage = new TextEncoder().encode('zzzzzzzz {"seq":9}\n\u0000\u0001\n');
    const read = readJournal(new Uint8Array([...encodeRecords(records), ...garbage]));
    expect(read.records).toEqual(records);
    expect(read.badRecords).toBe(2);
  });
});
