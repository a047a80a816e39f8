import {
  applicantSchema,
  applicantsFromBatch,
  fileIdentity,
  keptReport,
  type Applicant,
} from '../domain/screening/applicant';
import type { KeptReport } from '../domain/screening/mark-duplicates';
import {
  defaultCriteria,
  screeningCriteriaSchema,
  type ScreeningCriteria,
} from '../domain/screening/criteria';
import type { ScreeningFile } from '../domain/screening/screening-file';
import type { ScreenedFile } from '../domain/screening/screen-status';
import type { SelfScanDatabase } from './db';
import { readRow } from './read-row';
import { defaultRuntime, type Runtime } from './runtime';

const criteriaKey = 'criteria';

/** Applicants read and validated per task: 500 in one read held the page for 180 ms after an import. */
const readSlice = 50;

/**
 * Every imported application, oldest import first and within an import in the order of its files, as
 * one snapshot. Read a slice at a time: each
 * read's rows arrive in their own task and are validated there, and `eachSlice` may work on them in
 * that task too, so no task of the page is long.
 */
export async function listApplicants(
  db: SelfScanDatabase,
  options: { eachSlice?: (slice: readonly Applicant[]) => void } = {},
): Promise<Applicant[]> {
  return db.transaction('r', db.applicants, async () => {
    const ids = await db.applicants.orderBy('[importedAt+position]').primaryKeys();
    const applicants: Applicant[] = [];
    for (let start = 0; start < ids.length; start += readSlice) {
      const rows = await db.applicants.bulkGet(ids.slice(start, start + readSlice));
      const slice = rows.map((row) => readRow(applicantSchema, 'applicants', row));
      options.eachSlice?.(slice);
      applicants.push(...slice);
    }
    return applicants;
  });
}

export async function getApplicant(
  db: SelfScanDatabase,
  id: string,
): Promise<Applicant | undefined> {
  const row = await db.applicants.get(id);
  return row ? readRow(applicantSchema, 'applicants', row) : undefined;
}

/** The digests already imported. */
export async function listApplicantDigests(db: SelfScanDatabase): Promise<string[]> {
  const digests = await db.applicants.orderBy('digest').uniqueKeys();
  return digests.map(String);
}

/** The files already kept, as the duplicate marker knows them: a new batch is marked against these. */
export async function listKeptReports(db: SelfScanDatabase): Promise<KeptReport[]> {
  return (await listApplicants(db)).map(keptReport);
}

async function listKeptFiles(db: SelfScanDatabase): Promise<Set<string>> {
  const rows = await db.applicants.toArray();
  return new Set(rows.map((row) => fileIdentity(row)));
}

/** Applicants validated, or written, per task: 500 at once held the page for half a second. */
const saveSlice = 50;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Saves the readable files of one screened batch in one transaction; refused files, copies and files
 * already kept write nothing. Returns the applicants added. Each applicant is validated before the
 * transaction, a slice per task, and written in slices within it, so no task of the page is long.
 */
export async function saveScreenedBatch(
  db: SelfScanDatabase,
  files: readonly ScreenedFile[],
  runtime: Runtime = defaultRuntime,
): Promise<Applicant[]> {
  const seen = await listKeptFiles(db);
  const importedAt = runtime.now();
  const prepared: Applicant[] = [];
  for (let start = 0; start < files.length; start += saveSlice) {
    if (start > 0) await nextTask();
    const slice = applicantsFromBatch({
      files: files.slice(start, start + saveSlice),
      knownFiles: seen,
      importedAt,
      newId: runtime.newId,
      firstPosition: start,
    });
    for (const applicant of slice) seen.add(fileIdentity(applicant));
    prepared.push(...slice);
  }
  return db.transaction('rw', db.applicants, async () => {
    const known = await listKeptFiles(db);
    const added = prepared.filter((applicant) => !known.has(fileIdentity(applicant)));
    for (let start = 0; start < added.length; start += saveSlice) {
      await db.applicants.bulkAdd(added.slice(start, start + saveSlice));
    }
    return added;
  });
}

export async function saveApplicantNote(
  db: SelfScanDatabase,
  id: string,
  note: string,
): Promise<void> {
  await db.transaction('rw', db.applicants, async () => {
    const existing = await getApplicant(db, id);
    if (!existing) throw new Error(`Applicant "${id}" does not exist.`);
    await db.applicants.put(applicantSchema.parse({ ...existing, note }));
  });
}

/** The funder's criteria, or the defaults when none were saved. */
export async function getScreeningCriteria(db: SelfScanDatabase): Promise<ScreeningCriteria> {
  const row = await db.screeningSettings.get(criteriaKey);
  if (!row) return defaultCriteria;
  return readRow(screeningCriteriaSchema, 'screeningSettings', row.value);
}

export async function saveScreeningCriteria(
  db: SelfScanDatabase,
  criteria: ScreeningCriteria,
): Promise<void> {
  await db.screeningSettings.put({
    key: criteriaKey,
    value: screeningCriteriaSchema.parse(criteria),
  });
}

export type ScreeningImportOutcome = { added: number; alreadyKept: number };

/**
 * Opens a saved screening in one transaction: its criteria replace ours, its applicants are added
 * unless their file is already kept (then ours, with our note, stays). The file is validated before.
 */
export async function importScreening(
  db: SelfScanDatabase,
  file: ScreeningFile,
  runtime: Runtime = defaultRuntime,
): Promise<ScreeningImportOutcome> {
  return db.transaction('rw', db.applicants, db.screeningSettings, async () => {
    const known = await listKeptFiles(db);
    const fresh = file.applicants.filter((applicant) => !known.has(fileIdentity(applicant)));
    await db.applicants.bulkAdd(
      fresh.map((applicant, position) => ({
        ...applicant,
        id: runtime.newId(),
        position: applicant.position ?? position,
      })),
    );
    await saveScreeningCriteria(db, file.criteria);
    return { added: fresh.length, alreadyKept: file.applicants.length - fresh.length };
  });
}

/** "Delete all screening data": empties the funder's tables and touches nothing else. */
export async function deleteScreeningData(db: SelfScanDatabase): Promise<void> {
  await db.transaction('rw', db.applicants, db.screeningSettings, async () => {
    await db.applicants.clear();
    await db.screeningSettings.clear();
  });
}
