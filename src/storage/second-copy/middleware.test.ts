import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../tests/support/test-db';
import { testRuntime } from '../../../tests/support/runtime';
import { collectiveInput, exampleRef } from '../../../tests/support/fixtures';
import { deleteEverything, restoreBackup } from '../backup-repository';
import { createCollective, deleteCollective, updateCollective } from '../collectives-repository';
import type { SelfScanDatabase } from '../db';
import { addRespondent, deleteRespondent, saveAnswer } from '../responses-repository';
import { setScanStatus, startScan } from '../scans-repository';
import { forgetStudy, rememberStudy } from '../studies-repository';
import { testStudyFile } from '../../../tests/support/study-file';
import { copiedContents as deviceContents } from './copied-contents';
import { listenToCommittedChanges } from './change-feed';
import { copiedTables } from './copy-state';
import { SecondCopyEngine } from './engine';
import { memoryFiles } from './memory-files';

let db: SelfScanDatabase;
withFreshDatabase((opened) => {
  db = opened;
});

let engine: SecondCopyEngine;
let appended: Promise<unknown> = Promise.resolve();
beforeEach(async () => {
  engine = new SecondCopyEngine(memoryFiles());
  await engine.load();
  listenToCommittedChanges((changes) => {
    appended = engine.append(changes);
  });
});
afterEach(() => listenToCommittedChanges(undefined));

/** A study as an invitation brings it; `id` tells two apart. */
const studyFile = (id: string, name: string) => testStudyFile(id, name);

/** The copy's rows in the order the database lists them (by key). */
async function copyRows() {
  await appended;
  const state = await engine.contents();
  const byKey = (rows: Record<string, unknown>) =>
    Object.keys(rows)
      .sort()
      .map((key) => rows[key]);
  return Object.fromEntries(copiedTables.map((t) => [t, byKey(state.tables[t])]));
}

describe('the second copy follows every write', () => {
  it('holds exactly the rows of the database after each kind of change', async () => {
    const runtime = testRuntime();
    const first = await createCollective(db, collectiveInput({ name: 'Eerste' }), runtime);
    const second = await createCollective(db, collectiveInput({ name: 'Tweede' }), runtime);
    await updateCollective(db, first.id, collectiveInput({ name: 'Eerste, nieuw' }), runtime);
    const scan = await startScan(
      db,
      { collectiveId: first.id, questionnaire: exampleRef, label: 'Voorjaar' },
      runtime,
    );
    const other = await startScan(
      db,
      { collectiveId: second.id, questionnaire: exampleRef, label: 'Najaar' },
      runtime,
    );
    const noor = await addRespondent(db, { scanId: scan.id, name: 'Noor' }, runtime);
    const sam = await addRespondent(db, { scanId: other.id, name: 'Sam' }, runtime);
    await addRespondent(db, { scanId: other.id, name: 'Kim' }, runtime);
    await saveAnswer(db, { responseId: noor.id, itemId: 'q1', value: 4 }, runtime);
    await saveAnswer(db, { responseId: noor.id, itemId: 'q2', value: null }, runtime);
    await saveAnswer(db, { responseId: noor.id, itemId: 'q1', value: undefined }, runtime);
    await deleteRespondent(db, sam.id);
    await setScanStatus(db, { scanId: scan.id, status: 'closed' }, runtime);
    const lab = studyFile('5d3c2b1a-0f9e-4d8c-b7a6-958473625140', 'Levend lab');
    const pilot = studyFile('6e4d3c2b-1a0f-4e9d-8c7b-a69584736251', 'Pilot');
    await rememberStudy(db, { study: lab, origin: 'invitation' }, runtime);
    await rememberStudy(db, { study: pilot, origin: 'created' }, runtime);
    await forgetStudy(db, pilot.id);
    expect(await copyRows()).toEqual(await deviceContents(db));
    expect((await copyRows()).studies).toHaveLength(1);

    await deleteCollective(db, second.id);
    expect(await copyRows()).toEqual(await deviceContents(db));

    const before = await deviceContents(db);
    await deleteEverything(db);
    expect(await copyRows()).toEqual({
      collectives: [],
      scans: [],
      responses: [],
      invitations: [],
      studies: [],
    });
    await restoreBackup(db, {
      format: 'ck-backup',
      formatVersion: 1,
      createdAt: runtime.now(),
      app: { name: 'test', version: '0' },
      ...before,
    });
    expect(await copyRows()).toEqual(before);
  });

  it('never holds a write whose transaction was rolled back', async () => {
    const collective = await createCollective(db, collectiveInput(), testRuntime());
    await db
      .transaction('rw', db.collectives, async () => {
        await db.collectives.update(collective.id, { name: 'Nooit opgeslagen' });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await copyRows()).toEqual(await deviceContents(db));
  });
});
