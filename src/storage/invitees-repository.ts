import { inviteeSchema, scanSchema, type Invitee, type Scan } from '../domain/collective/schema';
import type { SelfScanDatabase } from './db';
import { readRow } from './read-row';
import { defaultRuntime, type Runtime } from './runtime';

async function changeScan(
  db: SelfScanDatabase,
  scanId: string,
  change: (scan: Scan) => Scan,
): Promise<Scan> {
  return db.transaction('rw', db.scans, async () => {
    const row = await db.scans.get(scanId);
    if (!row) throw new Error(`Scan "${scanId}" does not exist.`);
    const updated = scanSchema.parse(change(readRow(scanSchema, 'scans', row)));
    await db.scans.put(updated);
    return updated;
  });
}

/** Adds a member by name (or role) to be invited to answer on their own device, with a fresh respondent id. */
export async function inviteMember(
  db: SelfScanDatabase,
  input: { scanId: string; name: string },
  runtime: Runtime = defaultRuntime,
): Promise<Invitee> {
  const invitee = inviteeSchema.parse({
    respondentId: runtime.newId(),
    name: input.name,
    invitedAt: runtime.now(),
  });
  await changeScan(db, input.scanId, (scan) => ({
    ...scan,
    invitees: [...(scan.invitees ?? []), invitee],
  }));
  return invitee;
}

/** Forgets an invited member who has not answered (their link then brings answers of no one expected). */
export async function forgetInvitee(
  db: SelfScanDatabase,
  input: { scanId: string; respondentId: string },
): Promise<void> {
  await changeScan(db, input.scanId, (scan) => ({
    ...scan,
    invitees: (scan.invitees ?? []).filter((i) => i.respondentId !== input.respondentId),
  }));
}

/** Keeps with the scan how many answers are expected from members' own devices; null forgets it. */
export async function setExpectedCount(
  db: SelfScanDatabase,
  input: { scanId: string; count: number | null },
): Promise<void> {
  await changeScan(db, input.scanId, (scan) => {
    const { expectedCount: _earlier, ...rest } = scan;
    return input.count === null ? rest : { ...rest, expectedCount: input.count };
  });
}
