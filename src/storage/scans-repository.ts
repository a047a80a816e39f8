import { scanSchema, type Scan } from '../domain/collective/schema';
import type { QuestionnaireRef } from '../domain/questionnaire/schema';
import type { SelfScanDatabase } from './db';
import { readRow } from './read-row';
import { defaultRuntime, type Runtime } from './runtime';

/** Scans of one collective, newest first. */
export async function listScans(db: SelfScanDatabase, collectiveId: string): Promise<Scan[]> {
  const rows = await db.scans.where('collectiveId').equals(collectiveId).sortBy('startedAt');
  return rows.reverse().map((row) => readRow(scanSchema, 'scans', row));
}

export async function getScan(db: SelfScanDatabase, id: string): Promise<Scan | undefined> {
  const row = await db.scans.get(id);
  return row ? readRow(scanSchema, 'scans', row) : undefined;
}

export async function startScan(
  db: SelfScanDatabase,
  input: { collectiveId: string; questionnaire: QuestionnaireRef; label: string },
  runtime: Runtime = defaultRuntime,
): Promise<Scan> {
  const scan = scanSchema.parse({
    id: runtime.newId(),
    collectiveId: input.collectiveId,
    questionnaire: input.questionnaire,
    label: input.label,
    status: 'open',
    startedAt: runtime.now(),
    closedAt: null,
  });
  await db.transaction('rw', db.collectives, db.scans, async () => {
    if (!(await db.collectives.get(input.collectiveId))) {
      throw new Error(`Collective "${input.collectiveId}" does not exist.`);
    }
    await db.scans.add(scan);
  });
  return scan;
}

/** Closing makes the answers read-only; reopening is an explicit act. */
export async function setScanStatus(
  db: SelfScanDatabase,
  input: { scanId: string; status: Scan['status'] },
  runtime: Runtime = defaultRuntime,
): Promise<Scan> {
  return db.transaction('rw', db.scans, async () => {
    const scan = await getScan(db, input.scanId);
    if (!scan) throw new Error(`Scan "${input.scanId}" does not exist.`);
    const updated: Scan = {
      ...scan,
      status: input.status,
      closedAt: input.status === 'closed' ? runtime.now() : null,
    };
    await db.scans.put(updated);
    return updated;
  });
}
