import { storedResponseSchema, type StoredResponse } from '../domain/collective/schema';
import type { Answers, AnswerValue } from '../domain/questionnaire/schema';
import type { AcceptedResponse } from '../domain/collective/plan-response-import';
import type { SelfScanDatabase } from './db';
import { readRow } from './read-row';
import { defaultRuntime, type Runtime } from './runtime';

/** Raised when someone tries to change answers of a closed scan. */
export class ScanClosedError extends Error {
  constructor() {
    super('This scan is closed: its answers can no longer be changed. Reopen the scan first.');
    this.name = 'ScanClosedError';
  }
}

/** Respondents of a scan, in the order they were added. */
export async function listResponses(
  db: SelfScanDatabase,
  scanId: string,
): Promise<StoredResponse[]> {
  const rows = await db.responses.where('scanId').equals(scanId).sortBy('createdAt');
  return rows.map((row) => readRow(storedResponseSchema, 'responses', row));
}

export async function getResponse(
  db: SelfScanDatabase,
  id: string,
): Promise<StoredResponse | undefined> {
  const row = await db.responses.get(id);
  return row ? readRow(storedResponseSchema, 'responses', row) : undefined;
}

async function requireOpenScan(db: SelfScanDatabase, scanId: string): Promise<void> {
  const scan = await db.scans.get(scanId);
  // a respondent's own device has the invitation, not the coordinator's scan
  if (!scan && (await db.invitations.get(scanId))) return;
  if (!scan) throw new Error(`Scan "${scanId}" does not exist.`);
  if (scan.status !== 'open') throw new ScanClosedError();
}

/** Adds a respondent who answers on this device. */
export async function addRespondent(
  db: SelfScanDatabase,
  input: { scanId: string; name: string; answers?: Answers },
  runtime: Runtime = defaultRuntime,
): Promise<StoredResponse> {
  const now = runtime.now();
  const response = storedResponseSchema.parse({
    id: runtime.newId(),
    scanId: input.scanId,
    name: input.name,
    answers: input.answers ?? {},
    source: 'device',
    createdAt: now,
    updatedAt: now,
  });
  await db.transaction('rw', db.scans, db.invitations, db.responses, async () => {
    await requireOpenScan(db, input.scanId);
    await db.responses.add(response);
  });
  return response;
}

/**
 * Writes one answer the moment it is given. Only that answer's key is touched, so two tabs
 * answering different items of the same response never overwrite each other.
 * `undefined` clears an answer; `null` is the answer "weet ik niet / n.v.t.".
 */
export async function saveAnswer(
  db: SelfScanDatabase,
  input: { responseId: string; itemId: string; value: AnswerValue | undefined },
  runtime: Runtime = defaultRuntime,
): Promise<void> {
  await db.transaction('rw', db.scans, db.invitations, db.responses, async () => {
    const response = await db.responses.get(input.responseId);
    if (!response) throw new Error(`Response "${input.responseId}" does not exist.`);
    await requireOpenScan(db, response.scanId);
    await db.responses.update(input.responseId, {
      [`answers.${input.itemId}`]: input.value,
      updatedAt: runtime.now(),
    });
  });
}

/** The name (or role) a respondent gives on their own device, sent back with their answers. */
export async function setRespondentName(
  db: SelfScanDatabase,
  input: { responseId: string; name: string },
  runtime: Runtime = defaultRuntime,
): Promise<void> {
  const name = storedResponseSchema.shape.name.parse(input.name);
  await db.transaction('rw', db.scans, db.invitations, db.responses, async () => {
    const response = await db.responses.get(input.responseId);
    if (!response) throw new Error(`Response "${input.responseId}" does not exist.`);
    await requireOpenScan(db, response.scanId);
    await db.responses.update(input.responseId, { name, updatedAt: runtime.now() });
  });
}

export async function deleteRespondent(db: SelfScanDatabase, responseId: string): Promise<void> {
  await db.transaction('rw', db.scans, db.invitations, db.responses, async () => {
    const response = await db.responses.get(responseId);
    if (!response) return;
    await requireOpenScan(db, response.scanId);
    await db.responses.delete(responseId);
  });
}

/**
 * Writes checked response files into a scan in one transaction: all or nothing. Re-imports of a
 * respondent already in the scan replace the stored answers only when `replaceExisting` is set.
 */
export async function importResponses(
  db: SelfScanDatabase,
  input: {
    scanId: string;
    accepted: readonly AcceptedResponse[];
    replaceExisting: boolean;
    /** how the answers arrived: a response file (the default) or an answer code */
    via?: 'file' | 'code';
  },
  runtime: Runtime = defaultRuntime,
): Promise<{ added: number; replaced: number; kept: number }> {
  return db.transaction('rw', db.scans, db.invitations, db.responses, async () => {
    await requireOpenScan(db, input.scanId);
    const invitees = (await db.scans.get(input.scanId))?.invitees ?? [];
    const counts = { added: 0, replaced: 0, kept: 0 };
    for (const { file } of input.accepted) {
      if (file.scanId !== input.scanId)
        throw new Error(`A response for scan ${file.scanId} cannot go into ${input.scanId}.`);
      const existing = await db.responses.get(file.respondentId);
      const now = runtime.now();
      if (existing && !input.replaceExisting) {
        counts.kept += 1;
        // the answers stay as they are, but the member list shows that they came a second time
        if (existing.source !== 'device') {
          await db.responses.update(existing.id, {
            timesReceived: (existing.timesReceived ?? 1) + 1,
            lastArrivalAt: now,
          });
        }
        continue;
      }
      // the name given on this device wins, then the invitation's, then the one the member typed
      const invitee = invitees.find((i) => i.respondentId === file.respondentId);
      await db.responses.put(
        storedResponseSchema.parse({
          id: file.respondentId,
          scanId: input.scanId,
          name: existing?.name || invitee?.name || file.respondentName || '',
          answers: file.answers,
          source: input.via === 'code' ? 'code' : 'import',
          timesReceived: (existing?.timesReceived ?? (existing ? 1 : 0)) + 1,
          lastArrivalAt: now,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        }),
      );
      counts[existing ? 'replaced' : 'added'] += 1;
    }
    return counts;
  });
}
