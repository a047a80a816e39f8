import type { Transaction } from 'dexie';
import { giveCollectivesUuids } from '../domain/collective/collective-ids';
import { legacyApplicantPositions } from '../domain/screening/applicant-positions';

/**
 * Every shape the database has had, oldest first. Append only: a change of shape adds a step with a
 * new version number, and its `upgrade` calls a pure transform from src/domain on each row.
 * See README "Adding a storage migration".
 */
export type SchemaStep = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

export const schemaHistory: SchemaStep[] = [
  {
    version: 1,
    stores: {
      collectives: 'id, name, updatedAt',
      scans: 'id, collectiveId, status, startedAt',
      responses: 'id, scanId, updatedAt',
      settings: 'key',
      invitations: 'scanId',
    },
  },
  {
    // the funder's screening, apart from the funder's own collectives; new tables, so no upgrade
    version: 2,
    stores: {
      applicants: 'id, &digest, importedAt',
      screeningSettings: 'key',
    },
  },
  {
    // the studies this device remembers; and every collective's id a UUID v4, because result files
    // (version 2) carry it and study pseudonyms are made from it
    version: 3,
    stores: { studies: 'id, savedAt' },
    upgrade: giveCollectivesUuidsIn,
  },
  {
    // one applicant per file, no longer per result: several files may carry one result (a swapped
    // attachment), so the digest is no longer unique and the file's bytes' hash is kept beside it;
    // a batch's rows keep the order of its files
    version: 4,
    stores: {
      applicants: 'id, digest, fileSha256, importedAt, [importedAt+position]',
    },
    upgrade: async (tx) => {
      const table = tx.table('applicants');
      const positions = legacyApplicantPositions(await table.toArray());
      await table.toCollection().modify((row: { id: string; position?: number }) => {
        const position = positions.get(row.id);
        if (position !== undefined) row.position = position;
      });
    },
  },
];

/** Re-ids collectives whose id is not a UUID v4 (none made by this app, but rows can be older). */
async function giveCollectivesUuidsIn(tx: Transaction): Promise<void> {
  const collectives = tx.table<{ id: string }, string>('collectives');
  const scans = tx.table<{ id: string; collectiveId: string }, string>('scans');
  const changed = giveCollectivesUuids({
    collectives: await collectives.toArray(),
    scans: await scans.toArray(),
    newUuid: () => globalThis.crypto.randomUUID(),
  });
  if (changed.oldIds.length === 0) return;
  await collectives.bulkDelete(changed.oldIds);
  await collectives.bulkAdd(changed.collectives);
  await scans.bulkPut(changed.scans);
}

export const currentSchemaVersion = schemaHistory[schemaHistory.length - 1]?.version ?? 1;
