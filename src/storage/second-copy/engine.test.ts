import { describe, expect, it } from 'vitest';
import { SecondCopyEngine, type Change } from './engine';
import { memoryFiles } from './memory-files';

const at = '2026-04-01T10:00:00.000Z';
const answer = (n: number): Change => ({
  at,
  table: 'responses',
  op: 'put',
  key: `r${n % 3}`,
  row: { id: `r${n % 3}`, scanId: 's1', answers: { q1: n } },
});

describe('the second copy on its files', () => {
  it('holds every change across compactions and a fresh start', async () => {
    const files = memoryFiles();
    const engine = new SecondCopyEngine(files, 5);
    await engine.load();
    for (let n = 1; n <= 12; n += 1) await engine.append([answer(n)]);
    const held = await engine.contents();
    expect(held.tables.responses).toEqual({
      r0: { id: 'r0', scanId: 's1', answers: { q1: 12 } },
      r1: { id: 'r1', scanId: 's1', answers: { q1: 10 } },
      r2: { id: 'r2', scanId: 's1', answers: { q1: 11 } },
    });
    const again = new SecondCopyEngine(files, 5);
    const load = await again.load();
    expect(await again.contents()).toEqual(held);
    expect(load).toMatchObject({ badRecords: 0, cutOff: 0, badSnapshots: 0 });
    expect(load.marker.counts.responses).toBe(3);
  });

  it('skips a cut-off last record, keeps the rest, and appends after it cleanly', async () => {
    const files = memoryFiles();
    const engine = new SecondCopyEngine(files);
    await engine.load();
    await engine.append([answer(1)]);
    await engine.append([answer(2)]);
    const journal = files.bytes.get('journal')!;
    files.bytes.set('journal', journal.subarray(0, journal.length - 7));
    const reopened = new SecondCopyEngine(files);
    expect(await reopened.load()).toMatchObject({ cutOff: 1, journalRecords: 1 });
    await reopened.append([answer(5)]);
    const last = new SecondCopyEngine(files);
    expect(await last.load()).toMatchObject({ cutOff: 0, badRecords: 0 });
    expect(Object.keys((await last.contents()).tables.responses).sort()).toEqual(['r1', 'r2']);
  });

  it('keeps the older snapshot when the newer one is damaged, with the journal since', async () => {
    const files = memoryFiles();
    const engine = new SecondCopyEngine(files, 2);
    await engine.load();
    await engine.append([answer(1), answer(2)]); // compacts into snapshot-a
    await engine.append([answer(3)]);
    const held = await engine.contents();
    files.bytes.set('snapshot-b', new TextEncoder().encode('garbage'));
    const reopened = new SecondCopyEngine(files, 2);
    expect(await reopened.load()).toMatchObject({ badSnapshots: 1 });
    expect(await reopened.contents()).toEqual(held);
  });

  it('is replaced whole when rebuilt from the database', async () => {
    const files = memoryFiles();
    const engine = new SecondCopyEngine(files);
    await engine.load();
    await engine.append([answer(1)]);
    await engine.replaceAll({
      rows: { collectives: [{ id: 'c1' }], scans: [], responses: [], invitations: [], studies: [] },
      keys: { collectives: ['c1'], scans: [], responses: [], invitations: [], studies: [] },
      at,
    });
    const reopened = new SecondCopyEngine(files);
    const load = await reopened.load();
    expect(load.marker.counts).toEqual({
      collectives: 1,
      scans: 0,
      responses: 0,
      invitations: 0,
      studies: 0,
    });
    expect(JSON.parse(load.storedMarker ?? '')).toEqual(load.marker);
  });

  it('keeps the changes of two tabs that write in turn', async () => {
    const files = memoryFiles();
    const [left, right] = [new SecondCopyEngine(files), new SecondCopyEngine(files)];
    await left.load();
    await right.load();
    await left.append([answer(1)]);
    await right.append([answer(2)]);
    await left.append([answer(3)]);
    const expected = ['r0', 'r1', 'r2'];
    expect(Object.keys((await right.contents()).tables.responses).sort()).toEqual(expected);
    const fresh = new SecondCopyEngine(files);
    await fresh.load();
    expect(Object.keys((await fresh.contents()).tables.responses).sort()).toEqual(expected);
  });
});
