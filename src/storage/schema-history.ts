import type { Transaction } from 'dexie';

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
];

export const currentSchemaVersion = schemaHistory[schemaHistory.length - 1]?.version ?? 1;
