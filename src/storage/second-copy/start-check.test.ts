import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { testRuntime } from '../../../tests/support/runtime';
import { collectiveInput, exampleRef } from '../../../tests/support/fixtures';
import { createCollective } from '../collectives-repository';
import { SelfScanDatabase } from '../db';
import { addRespondent, saveAnswer } from '../responses-repository';
import { startScan } from '../scans-repository';
import { rememberStudy } from '../studies-repository';
import { testStudyFile } from '../../../tests/support/study-file';
import { copiedContents as deviceContents } from './copied-contents';
import { listenToCommittedChanges } from './change-feed';
import { enginePort } from './copy-port';
import { SecondCopyEngine } from './engine';
import { whenSecondCopyHolds } from './feed-second-copy';
import { memoryFiles } from './memory-files';
import { restoreFromSecondCopy, restoreIntoFreshDatabase } from './restore-from-copy';
import { checkDatabaseAtStart } from './start-check';

const name = 'ck-start-check-test';
const app = { name: 'test', version: '0' };
let open: SelfScanDatabase | undefined;
afterEach(async () => {
  listenToCommittedChanges(undefined);
  open?.close();
  await Dexie.delete(name);
});

const study = testStudyFile();

/** One start of the app on these copy files: a new database object, a new engine. */
async function start(files: ReturnType<typeof memoryFiles>) {
  open?.close();
  const db = new SelfScanDatabase(name);
  open = db;
  const report = await checkDatabaseAtStart({
    db,
    openCopy: async () => {
      const engine = new SecondCopyEngine(files);
      return { port: enginePort(engine), load: await engine.load() };
    },
  });
  return { db, report };
}

async function fill(db: SelfScanDatabase) {
  const runtime = testRuntime();
  const collective = await createCollective(db, collectiveInput({ name: 'De Buurt' }), runtime);
  const scan = await startScan(
    db,
    { collectiveId: collective.id, questionnaire: exampleRef, label: 'Voorjaar' },
    runtime,
  );
  const noor = await addRespondent(db, { scanId: scan.id, name: 'Noor' }, runtime);
  await saveAnswer(db, { responseId: noor.id, itemId: 'q1', value: 4 }, runtime);
  await rememberStudy(db, { study, origin: 'invitation' }, runtime);
  await whenSecondCopyHolds();
}

describe('the check at start', () => {
  it('says first start on a new device, and fine after data was saved', async () => {
    const files = memoryFiles();
    const first = await start(files);
    expect(first.report.verdict).toBe('firstStart');
    await fill(first.db);
    expect((await start(files)).report.verdict).toBe('fine');
  });

  it('says the database was lost when it opens empty, and restores every row from the second copy', async () => {
    const files = memoryFiles();
    const first = await start(files);
    await fill(first.db);
    const before = await deviceContents(first.db);
    first.db.close();
    await Dexie.delete(name);

    const again = await start(files);
    expect(again.report.verdict).toBe('lost');
    expect(again.report.copyMarker).toMatchObject({
      counts: { collectives: 1, scans: 1, responses: 1, invitations: 0, studies: 1 },
    });
    const { port } = again.report;
    if (!port) throw new Error('no second copy');
    const result = await restoreFromSecondCopy({ db: again.db, port, app });
    expect(result.restored).toEqual({
      collectives: 1,
      scans: 1,
      responses: 1,
      invitations: 0,
      studies: 1,
    });
    expect(await deviceContents(again.db)).toEqual(before);
    expect(before.studies.map((row) => row.id)).toEqual([study.id]);
    expect((await start(files)).report.verdict).toBe('fine');
  });

  it.each([
    [
      'damaged',
      (files: ReturnType<typeof memoryFiles>) => {
        const journal = files.bytes.get('journal')!;
        files.bytes.set(
          'journal',
          journal.map((b, i) => (i === 20 ? b ^ 0xff : b)),
        );
      },
    ],
    ['missing', (files: ReturnType<typeof memoryFiles>) => files.bytes.clear()],
  ] as const)('rebuilds a %s second copy from a database that is fine', async (reason, harm) => {
    const files = memoryFiles();
    const first = await start(files);
    await fill(first.db);
    const before = await deviceContents(first.db);
    harm(files);
    const again = await start(files);
    expect(again.report).toMatchObject({ verdict: 'fine', rebuilt: reason });
    // the rebuilt copy restores the whole database
    again.db.close();
    await Dexie.delete(name);
    const third = await start(files);
    expect(third.report.verdict).toBe('lost');
    await restoreFromSecondCopy({ db: third.db, port: third.report.port!, app });
    expect(await deviceContents(third.db)).toEqual(before);
  });

  it('adds to the copy what the database committed just before a crash', async () => {
    const files = memoryFiles();
    const first = await start(files);
    await fill(first.db);
    listenToCommittedChanges(undefined); // the crash: the database write lands, the copy's never does
    await createCollective(first.db, collectiveInput({ name: 'Na de crash' }), {
      now: () => '2027-05-01T10:00:00.000Z',
      newId: () => 'after-crash',
    });
    const again = await start(files);
    expect(again.report).toMatchObject({ verdict: 'fine', rebuilt: null });
    const contents = await again.report.port!.contents();
    expect(Object.keys(contents.tables.collectives)).toHaveLength(2);
  });

  it('says lost when the database opens without rows the second copy holds', async () => {
    const files = memoryFiles();
    const first = await start(files);
    await fill(first.db);
    listenToCommittedChanges(undefined); // the database loses a row behind the copy's back
    await first.db.responses.clear();
    await first.db.settings.put({ key: 'lastBackupAt', value: '2027-01-01T00:00:00.000Z' });
    const again = await start(files);
    expect(again.report.verdict).toBe('lost');
    // into a fresh database, keeping what the old one still held (its settings and rows)
    await restoreIntoFreshDatabase({ db: again.db, port: again.report.port!, app });
    expect(await again.db.responses.count()).toBe(1);
    expect(await again.db.collectives.count()).toBe(1);
    expect(await again.db.studies.count()).toBe(1);
    expect(await again.db.settings.get('lastBackupAt')).toBeDefined();
    // the filler written to step past a damaged log is gone again
    expect((await again.db.settings.toArray()).map((row) => row.key)).toEqual(['lastBackupAt']);
  });
});
