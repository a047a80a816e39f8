import { describe, expect, it } from 'vitest';
import { applyRecords, emptyCopyState, type ChangeRecord } from './copy-state';
import { compact, encodeSnapshot, readSnapshot } from './snapshot';

const at = '2026-02-01T12:00:00.000Z';
const records: ChangeRecord[] = [
  { seq: 1, at, table: 'collectives', op: 'put', key: 'c1', row: { id: 'c1', name: 'A' } },
  { seq: 2, at, table: 'scans', op: 'put', key: 's1', row: { id: 's1', collectiveId: 'c1' } },
  { seq: 3, at, table: 'responses', op: 'put', key: 'r1', row: { id: 'r1', scanId: 's1' } },
  { seq: 4, at, table: 'responses', op: 'put', key: 'r2', row: { id: 'r2', scanId: 's1' } },
  { seq: 5, at, table: 'responses', op: 'delete', key: 'r1' },
  { seq: 6, at, table: 'invitations', op: 'put', key: 's9', row: { scanId: 's9' } },
  { seq: 7, at, table: 'invitations', op: 'clear' },
  {
    seq: 8,
    at: '2026-02-02T08:00:00.000Z',
    table: 'responses',
    op: 'put',
    key: 'r2',
    row: { id: 'r2', scanId: 's1', answers: { q: 4 } },
  },
];

describe('compaction', () => {
  it('keeps every record: snapshot plus later records equals all records replayed', () => {
    const replayed = applyRecords(emptyCopyState(), records);
    for (let split = 0; split <= records.length; split += 1) {
      const snapshot = compact({ snapshot: undefined, records: records.slice(0, split) });
      const reread = readSnapshot(encodeSnapshot(snapshot));
      expect(compact({ snapshot: reread, records: records.slice(split) })).toEqual(replayed);
    }
    expect(replayed.seq).toBe(8);
    expect(replayed.lastChangeAt).toBe('2026-02-02T08:00:00.000Z');
    expect(Object.keys(replayed.tables.responses)).toEqual(['r2']);
    expect(replayed.tables.invitations).toEqual({});
  });

  it('skips records already in the snapshot (a crash between snapshot and emptied journal)', () => {
    const snapshot = compact({ snapshot: undefined, records });
    expect(compact({ snapshot, records })).toEqual(snapshot);
  });

  it('does not change the state it is given', () => {
    const before = compact({ snapshot: undefined, records: records.slice(0, 4) });
    const copy = structuredClone(before);
    compact({ snapshot: before, records: records.slice(4) });
    expect(before).toEqual(copy);
  });

  it('reads a snapshot written before the copy held studies as one without studies', async () => {
    const { crc32Hex } = await import('./checksum');
    const { studies: _studies, ...older } = compact({ snapshot: undefined, records }).tables;
    const json = JSON.stringify({
      format: 'ck-second-copy',
      formatVersion: 1,
      seq: 8,
      lastChangeAt: at,
      tables: older,
    });
    const bytes = new TextEncoder().encode(`${crc32Hex(new TextEncoder().encode(json))} ${json}`);
    const read = readSnapshot(bytes);
    expect(read?.tables.studies).toEqual({});
    expect(read?.tables.responses).toEqual(older.responses);
    const study = {
      seq: 9,
      at,
      table: 'studies',
      op: 'put',
      key: 'st1',
      row: { id: 'st1' },
    } as const;
    expect(compact({ snapshot: read, records: [study] }).tables.studies).toEqual({
      st1: { id: 'st1' },
    });
  });

  it('reads no snapshot that is cut off or changed', () => {
    const bytes = encodeSnapshot(compact({ snapshot: undefined, records }));
    expect(readSnapshot(bytes.subarray(0, bytes.length - 3))).toBeUndefined();
    const changed = new TextDecoder().decode(bytes).replace('"name":"A"', '"name":"B"');
    expect(readSnapshot(new TextEncoder().encode(changed))).toBeUndefined();
  });
});
