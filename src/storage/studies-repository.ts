import type { StudyFile } from '../domain/research/study/study-file';
import { storedStudySchema, type StoredStudy } from '../domain/research/study/stored-study';
import type { SelfScanDatabase } from './db';
import { readRow } from './read-row';
import { defaultRuntime, type Runtime } from './runtime';

/** The studies this device remembers, newest first. */
export async function listStudies(db: SelfScanDatabase): Promise<StoredStudy[]> {
  const rows = await db.studies.orderBy('savedAt').reverse().toArray();
  return rows.map((row) => readRow(storedStudySchema, 'studies', row));
}

/**
 * Remembers a study. A study this device already knows keeps its first copy (a study never changes:
 * the same id is the same key), so opening an invitation twice changes nothing.
 */
export async function rememberStudy(
  db: SelfScanDatabase,
  input: { study: StudyFile; origin: StoredStudy['origin'] },
  runtime: Runtime = defaultRuntime,
): Promise<{ study: StoredStudy; isNew: boolean }> {
  return db.transaction('rw', db.studies, async () => {
    const known = await db.studies.get(input.study.id);
    if (known) return { study: readRow(storedStudySchema, 'studies', known), isNew: false };
    const row = storedStudySchema.parse({
      id: input.study.id,
      study: input.study,
      origin: input.origin,
      savedAt: runtime.now(),
    });
    await db.studies.add(row);
    return { study: row, isNew: true };
  });
}

/** Forgets a study on this device; files already made for it stay what they are. */
export async function forgetStudy(db: SelfScanDatabase, id: string): Promise<void> {
  await db.studies.delete(id);
}
