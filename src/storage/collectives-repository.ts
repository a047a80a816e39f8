import { collectiveSchema, type Collective } from '../domain/collective/schema';
import type { SelfScanDatabase } from './db';
import { readRow } from './read-row';
import { defaultRuntime, type Runtime } from './runtime';

export type CollectiveInput = Omit<Collective, 'id' | 'createdAt' | 'updatedAt' | 'isExample'> & {
  isExample?: boolean;
};

/** Collectives on this device, newest change first. */
export async function listCollectives(db: SelfScanDatabase): Promise<Collective[]> {
  const rows = await db.collectives.orderBy('updatedAt').reverse().toArray();
  return rows.map((row) => readRow(collectiveSchema, 'collectives', row));
}

export async function getCollective(
  db: SelfScanDatabase,
  id: string,
): Promise<Collective | undefined> {
  const row = await db.collectives.get(id);
  return row ? readRow(collectiveSchema, 'collectives', row) : undefined;
}

export async function createCollective(
  db: SelfScanDatabase,
  input: CollectiveInput,
  runtime: Runtime = defaultRuntime,
): Promise<Collective> {
  const now = runtime.now();
  const collective = collectiveSchema.parse({
    ...input,
    isExample: input.isExample ?? false,
    id: runtime.newId(),
    createdAt: now,
    updatedAt: now,
  });
  await db.collectives.add(collective);
  return collective;
}

export async function updateCollective(
  db: SelfScanDatabase,
  id: string,
  input: CollectiveInput,
  runtime: Runtime = defaultRuntime,
): Promise<Collective> {
  return db.transaction('rw', db.collectives, async () => {
    const existing = await getCollective(db, id);
    if (!existing) throw new Error(`Collective "${id}" does not exist.`);
    const updated = collectiveSchema.parse({ ...existing, ...input, id, updatedAt: runtime.now() });
    await db.collectives.put(updated);
    return updated;
  });
}

/** Removes a collective with all its scans and responses, in one transaction. */
export async function deleteCollective(db: SelfScanDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.collectives, db.scans, db.responses, async () => {
    const scanIds = await db.scans.where('collectiveId').equals(id).primaryKeys();
    await db.responses.where('scanId').anyOf(scanIds).delete();
    await db.scans.bulkDelete(scanIds);
    await db.collectives.delete(id);
  });
}
