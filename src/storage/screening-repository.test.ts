import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../tests/support/test-db';
import { fixtureResults, refusedFile, screenedResult } from '../../tests/support/screened';
import { testId, testRuntime } from '../../tests/support/runtime';
import { defaultCriteria, type ScreeningCriteria } from '../domain/screening/criteria';
import { buildScreeningFile, readScreeningFile } from '../domain/screening/screening-file';
import type { SelfScanDatabase } from './db';
import { createCollective } from './collectives-repository';
import { collectiveInput } from '../../tests/support/fixtures';
import {
  deleteScreeningData,
  getApplicant,
  getScreeningCriteria,
  importScreening,
  listApplicantDigests,
  listApplicants,
  saveApplicantNote,
  saveScreenedBatch,
  saveScreeningCriteria,
} from './screening-repository';

let db: SelfScanDatabase;
withFreshDatabase((fresh) => (db = fresh));

const [first, second, third] = fixtureResults.map((f) => f.result);
const strict: ScreeningCriteria = { ...defaultCriteria, mustFitRoute: true, minRespondents: 4 };

describe('screening repository', () => {
  it('keeps the readable files of a batch and writes nothing for refused ones', async () => {
    const added = await saveScreenedBatch(
      db,
      [
        screenedResult(first!),
        refusedFile(),
        refusedFile({ status: 'not-a-selfscan', reasons: [{ code: 'no-attachment' }] }),
        screenedResult(second!, { status: 'changed', reasons: [{ code: 'digest-mismatch' }] }),
        screenedResult(first!, {
          fileName: 'again.json',
          status: 'duplicate',
          reasons: [{ code: 'duplicate-of', fileName: 'first.pdf' }],
        }),
      ],
      testRuntime(),
    );
    expect(added.map((a) => [a.id, a.status])).toEqual([
      [testId(1), 'intact'],
      [testId(2), 'changed'],
    ]);
    const kept = await listApplicants(db);
    expect(kept).toEqual(added);
    expect(kept[1]!.reasons).toEqual([{ code: 'digest-mismatch' }]);
    expect(kept[0]!.result).toEqual(first);
  });

  it('lists 120 applicants a slice of 50 at a time, by import time and within an import in file order', async () => {
    const batch = (count: number, from: number) =>
      Array.from({ length: count }, (_, i) =>
        screenedResult(first!, { digest: (from + i).toString(16).padStart(64, '0') }),
      );
    await saveScreenedBatch(db, batch(70, 0), testRuntime({ idPrefix: 'late' }));
    await saveScreenedBatch(
      db,
      batch(50, 70),
      testRuntime({ start: '2027-01-01T10:00:00.000Z', idPrefix: 'early' }),
    );
    const slices: number[] = [];
    const kept = await listApplicants(db, { eachSlice: (slice) => slices.push(slice.length) });
    expect(slices).toEqual([50, 50, 20]);
    // ids are made in file order: early 1 … 50, then late 1 … 70
    expect(kept.map((a) => a.id)).toEqual([
      ...Array.from({ length: 50 }, (_, i) => testId(i + 1, 'early')),
      ...Array.from({ length: 70 }, (_, i) => testId(i + 1, 'late')),
    ]);
    expect(kept.map((a) => a.position)).toEqual([
      ...Array.from({ length: 50 }, (_, i) => i),
      ...Array.from({ length: 70 }, (_, i) => i),
    ]);
  });

  it('adds a digest that is already kept only once, across batches', async () => {
    await saveScreenedBatch(db, [screenedResult(first!)], testRuntime());
    const added = await saveScreenedBatch(db, [screenedResult(first!), screenedResult(third!)]);
    expect(added.map((a) => a.digest)).toEqual([third!.digest]);
    expect(await listApplicantDigests(db)).toEqual([first!.digest, third!.digest].sort());
  });

  it('a batch with only refused files writes nothing', async () => {
    expect(await saveScreenedBatch(db, [refusedFile(), refusedFile()])).toEqual([]);
    expect(await db.applicants.count()).toBe(0);
  });

  it('saves a note and the criteria, and reads the defaults before any are saved', async () => {
    const [applicant] = await saveScreenedBatch(db, [screenedResult(first!)], testRuntime());
    await saveApplicantNote(db, applicant!.id, 'Bellen over de begroting');
    expect((await getApplicant(db, applicant!.id))?.note).toBe('Bellen over de begroting');
    expect(await getScreeningCriteria(db)).toEqual(defaultCriteria);
    await saveScreeningCriteria(db, strict);
    expect(await getScreeningCriteria(db)).toEqual(strict);
  });

  it('round-trips a saved screening into another database, keeping what is already there', async () => {
    const applicants = await saveScreenedBatch(
      db,
      [screenedResult(first!), screenedResult(second!, { status: 'changed' })],
      testRuntime(),
    );
    await saveApplicantNote(db, applicants[0]!.id, 'sterk netwerk');
    const file = buildScreeningFile({
      applicants: await listApplicants(db),
      criteria: strict,
      savedAt: '2027-02-02T10:00:00.000Z',
      generator: { app: 'test', version: '1' },
    });
    const text = JSON.stringify(file);

    await deleteScreeningData(db);
    await saveScreenedBatch(db, [screenedResult(second!)], testRuntime());
    const read = readScreeningFile(text);
    if (!read.ok) throw new Error(read.error.code);
    const outcome = await importScreening(db, read.file, testRuntime({ idPrefix: 'b' }));
    expect(outcome).toEqual({ added: 1, alreadyKept: 1 });
    const kept = await listApplicants(db);
    expect(kept.map((a) => [a.digest, a.status, a.note]).sort()).toEqual(
      [
        [first!.digest, 'intact', 'sterk netwerk'],
        [second!.digest, 'intact', ''],
      ].sort(),
    );
    expect(await getScreeningCriteria(db)).toEqual(strict);
  });

  it('"delete all screening data" empties the funder tables and leaves collectives alone', async () => {
    const collective = await createCollective(db, collectiveInput());
    await saveScreenedBatch(db, [screenedResult(first!)]);
    await saveScreeningCriteria(db, strict);
    await db.settings.put({ key: 'language', value: 'en' });
    await deleteScreeningData(db);
    expect(await db.applicants.count()).toBe(0);
    expect(await getScreeningCriteria(db)).toEqual(defaultCriteria);
    expect(await db.collectives.get(collective.id)).toEqual(collective);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'en' });
  });
});
