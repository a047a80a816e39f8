import { describe, expect, it } from 'vitest';
import { isUuidV4 } from '../domain/collective/collective-ids';
import { buildScanResult } from '../domain/collective/scan-result';
import { collectiveIdOf } from '../domain/files/result-file-schema';
import { collectivePseudonym } from '../domain/research/pseudonym';
import { buildStudyFile } from '../domain/research/study/new-study';
import { testStudyFile } from '../../tests/support/study-file';
import { withFreshDatabase } from '../../tests/support/test-db';
import { testRegistry } from '../../tests/support/questionnaires';
import { collectiveInput } from '../../tests/support/fixtures';
import {
  exportBackup,
  mergeBackupIntoDevice,
  readBackupFile,
  restoreBackup,
} from './backup-repository';
import { createCollective, listCollectives } from './collectives-repository';
import type { SelfScanDatabase } from './db';
import { addExampleCollective } from './example-repository';
import { loadScanBundle } from './scan-bundle';
import { listScans } from './scans-repository';
import { listStudies, rememberStudy } from './studies-repository';

let db: SelfScanDatabase;
withFreshDatabase((opened) => {
  db = opened;
});
const app = { name: 'test', version: '0.0.0' };
const study = testStudyFile();

/** The example collective's id and the pseudonym its scan's result file gets in the study. */
async function examplePseudonym(): Promise<{ id: string; pseudonym: string }> {
  const registry = await testRegistry();
  const [collective] = await listCollectives(db);
  const [scan] = await listScans(db, collective!.id);
  const bundle = await loadScanBundle(db, scan!.id);
  const entry = registry.resolve(scan!.questionnaire);
  if (!entry.ok || !bundle?.collective) throw new Error('the example must resolve');
  const result = await buildScanResult({
    collective: bundle.collective,
    scan: bundle.scan,
    responses: bundle.responses,
    questionnaire: entry.entry.questionnaire,
    ref: entry.entry.ref,
    generator: { app: 'test', version: '0' },
  });
  const id = collectiveIdOf(result);
  if (id === null) throw new Error('a stored scan must give a version-2 result');
  return { id, pseudonym: await collectivePseudonym({ studyKey: study.key, collectiveId: id }) };
}

/** A backup of this device as the text a person saves, read back as on another device. */
async function backupText(): Promise<string> {
  return JSON.stringify(await exportBackup(db, { app }));
}
function readBack(text: string) {
  const read = readBackupFile(text);
  if (!read.ok) throw new Error(read.error.code);
  return read.file;
}
/** Another device: the database deleted and opened afresh. */
async function anotherDevice(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

describe("the collective's permanent id", () => {
  it('is a UUID v4 from the start, and its scans give version-2 results carrying it', async () => {
    await addExampleCollective(db, (await testRegistry()).latest('ck-selfscan')!);
    const { id } = await examplePseudonym();
    const created = await createCollective(db, collectiveInput({ name: 'Nieuw' }));
    expect(isUuidV4(id)).toBe(true);
    expect(isUuidV4(created.id)).toBe(true);
  });

  it('survives backup → replace on another device, with the same pseudonym and the studies', async () => {
    await addExampleCollective(db, (await testRegistry()).latest('ck-selfscan')!);
    await rememberStudy(db, { study, origin: 'invitation' });
    const before = await examplePseudonym();
    const text = await backupText();
    await anotherDevice();
    await createCollective(db, collectiveInput({ name: 'Alleen hier' }));
    await restoreBackup(db, readBack(text));
    expect(await examplePseudonym()).toEqual(before);
    expect((await listStudies(db)).map((s) => s.study)).toEqual([study]);
  });

  it('survives backup → merge into a device with its own collectives and studies', async () => {
    await addExampleCollective(db, (await testRegistry()).latest('ck-selfscan')!);
    await rememberStudy(db, { study, origin: 'created' });
    const before = await examplePseudonym();
    const text = await backupText();
    await anotherDevice();
    const other = buildStudyFile({
      ...study,
      id: '0b7e2a54-1c3d-4e5f-8a6b-7c8d9e0f1a2b',
      keyBytes: new Uint8Array(32),
      collects: {},
    });
    await rememberStudy(db, { study: other, origin: 'invitation' });
    const { written } = await mergeBackupIntoDevice(db, readBack(text));
    // 1 collective, 1 scan, 6 responses and 1 study
    expect(written).toBe(9);
    expect(await examplePseudonym()).toEqual(before);
    expect((await listStudies(db)).map((s) => s.id).sort()).toEqual([other.id, study.id].sort());
    // merging the same backup again changes nothing, and the id stays
    expect((await mergeBackupIntoDevice(db, readBack(text))).written).toBe(0);
    expect(await examplePseudonym()).toEqual(before);
  });

  it('writes no studies field in a backup of a device without studies, so older apps still read it', async () => {
    await addExampleCollective(db, (await testRegistry()).latest('ck-selfscan')!);
    expect('studies' in JSON.parse(await backupText())).toBe(false);
  });
});
