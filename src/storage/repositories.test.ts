import { describe, expect, it } from 'vitest';
import { SelfScanDatabase } from './db';
import { withFreshDatabase } from '../../tests/support/test-db';
import {
  createCollective,
  deleteCollective,
  getCollective,
  listCollectives,
  updateCollective,
} from './collectives-repository';
import { getScan, listScans, setScanStatus, startScan } from './scans-repository';
import {
  addRespondent,
  getResponse,
  listResponses,
  saveAnswer,
  ScanClosedError,
} from './responses-repository';
import { testId, testRuntime } from '../../tests/support/runtime';
import { collectiveInput, exampleRef } from '../../tests/support/fixtures';

let db: SelfScanDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

describe('collectives repository', () => {
  it('creates, lists newest first, updates and reads back domain objects', async () => {
    const runtime = testRuntime();
    const first = await createCollective(db, collectiveInput({ name: 'Eerste' }), runtime);
    const second = await createCollective(db, collectiveInput({ name: 'Tweede' }), runtime);
    expect((await listCollectives(db)).map((c) => c.name)).toEqual(['Tweede', 'Eerste']);
    await updateCollective(db, first.id, collectiveInput({ name: 'Eerste, hernoemd' }), runtime);
    expect((await listCollectives(db)).map((c) => c.name)).toEqual(['Eerste, hernoemd', 'Tweede']);
    const read = await getCollective(db, second.id);
    expect(read).toEqual({
      ...collectiveInput({ name: 'Tweede' }),
      id: testId(2),
      isExample: false,
      createdAt: '2027-03-01T10:00:01.000Z',
      updatedAt: '2027-03-01T10:00:01.000Z',
    });
  });

  it('refuses a collective without a name and writes nothing', async () => {
    await expect(createCollective(db, collectiveInput({ name: '  ' }))).rejects.toThrow();
    expect(await db.collectives.count()).toBe(0);
  });

  it('deletes a collective with its scans and responses, leaving other collectives alone', async () => {
    const runtime = testRuntime();
    const doomed = await createCollective(db, collectiveInput(), runtime);
    const kept = await createCollective(db, collectiveInput({ name: 'Blijft' }), runtime);
    const doomedScan = await startScan(
      db,
      { collectiveId: doomed.id, questionnaire: exampleRef, label: 'Voorjaar' },
      runtime,
    );
    const keptScan = await startScan(
      db,
      { collectiveId: kept.id, questionnaire: exampleRef, label: 'Najaar' },
      runtime,
    );
    await addRespondent(db, { scanId: doomedScan.id, name: 'Ans' }, runtime);
    await addRespondent(db, { scanId: keptScan.id, name: 'Bert' }, runtime);
    await deleteCollective(db, doomed.id);
    expect(await db.collectives.count()).toBe(1);
    expect(await db.scans.toArray()).toHaveLength(1);
    expect((await db.responses.toArray()).map((r) => r.name)).toEqual(['Bert']);
  });

  it('reports a damaged row with its table and id instead of passing it on', async () => {
    await db.collectives.add({ id: 'broken', name: '' } as never);
    await expect(getCollective(db, 'broken')).rejects.toThrow(
      /Stored collectives row "broken" is damaged/,
    );
  });
});

describe('scans and responses', () => {
  async function openScan() {
    const runtime = testRuntime();
    const collective = await createCollective(db, collectiveInput(), runtime);
    const scan = await startScan(
      db,
      { collectiveId: collective.id, questionnaire: exampleRef, label: 'Zelfscan voorjaar 2027' },
      runtime,
    );
    return { runtime, collective, scan };
  }

  it('refuses a scan for a collective that does not exist', async () => {
    await expect(
      startScan(db, { collectiveId: 'nope', questionnaire: exampleRef, label: 'x' }),
    ).rejects.toThrow(/does not exist/);
    expect(await db.scans.count()).toBe(0);
  });

  it('saves each answer by itself, keeping null apart from missing', async () => {
    const { runtime, scan } = await openScan();
    const response = await addRespondent(
      db,
      { scanId: scan.id, name: 'Ans', answers: { role: 'board' } },
      runtime,
    );
    await saveAnswer(db, { responseId: response.id, itemId: 'leadership_1', value: 4 }, runtime);
    await saveAnswer(db, { responseId: response.id, itemId: 'leadership_2', value: null }, runtime);
    await saveAnswer(db, { responseId: response.id, itemId: 'leadership_1', value: 5 }, runtime);
    expect((await getResponse(db, response.id))?.answers).toEqual({
      role: 'board',
      leadership_1: 5,
      leadership_2: null,
    });
    await saveAnswer(
      db,
      { responseId: response.id, itemId: 'leadership_1', value: undefined },
      runtime,
    );
    expect((await getResponse(db, response.id))?.answers).toEqual({
      role: 'board',
      leadership_2: null,
    });
  });

  it('keeps both answers when two writers answer different items at once', async () => {
    const { runtime, scan } = await openScan();
    const response = await addRespondent(db, { scanId: scan.id, name: 'Ans' }, runtime);
    const other = new SelfScanDatabase();
    await Promise.all([
      saveAnswer(db, { responseId: response.id, itemId: 'culture_1', value: 2 }, runtime),
      saveAnswer(other, { responseId: response.id, itemId: 'culture_2', value: 3 }, runtime),
    ]);
    other.close();
    expect((await getResponse(db, response.id))?.answers).toEqual({ culture_1: 2, culture_2: 3 });
  });

  it('makes answers read-only when the scan is closed, and writable again after reopening', async () => {
    const { runtime, scan } = await openScan();
    const response = await addRespondent(db, { scanId: scan.id, name: 'Ans' }, runtime);
    const closed = await setScanStatus(db, { scanId: scan.id, status: 'closed' }, runtime);
    expect(closed.closedAt).not.toBeNull();
    await expect(
      saveAnswer(db, { responseId: response.id, itemId: 'culture_1', value: 2 }, runtime),
    ).rejects.toBeInstanceOf(ScanClosedError);
    await expect(
      addRespondent(db, { scanId: scan.id, name: 'Laat' }, runtime),
    ).rejects.toBeInstanceOf(ScanClosedError);
    await setScanStatus(db, { scanId: scan.id, status: 'open' }, runtime);
    await saveAnswer(db, { responseId: response.id, itemId: 'culture_1', value: 2 }, runtime);
    expect((await getScan(db, scan.id))?.closedAt).toBeNull();
    expect((await getResponse(db, response.id))?.answers).toEqual({ culture_1: 2 });
  });

  it('lists scans newest first and respondents in the order added', async () => {
    const { runtime, collective, scan } = await openScan();
    const later = await startScan(
      db,
      { collectiveId: collective.id, questionnaire: exampleRef, label: 'Najaar' },
      runtime,
    );
    expect((await listScans(db, collective.id)).map((s) => s.id)).toEqual([later.id, scan.id]);
    await addRespondent(db, { scanId: scan.id, name: 'Ans' }, runtime);
    await addRespondent(db, { scanId: scan.id, name: 'Bert' }, runtime);
    expect((await listResponses(db, scan.id)).map((r) => r.name)).toEqual(['Ans', 'Bert']);
  });
});
