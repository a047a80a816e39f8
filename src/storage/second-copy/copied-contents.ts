import { changedAt, type BackupContents } from '../../domain/collective/backup-merge';
import type { StoredStudy } from '../../domain/research/study';
import { deviceContents } from '../backup-repository';
import type { SelfScanDatabase } from '../db';

/** Every row the second copy holds a copy of: a backup's data tables and the remembered studies. */
export type CopiedContents = BackupContents & { studies: StoredStudy[] };

/** Every row of the copied tables on this device, as they are now, read in one transaction. */
export async function copiedContents(db: SelfScanDatabase): Promise<CopiedContents> {
  const tables = [db.collectives, db.scans, db.responses, db.invitations, db.studies];
  return db.transaction('r', tables, async () => ({
    ...(await deviceContents(db)),
    studies: await db.studies.toArray(),
  }));
}

/** The moment a copied row last changed, in ms; a study never changes after it is remembered. */
export const copiedChangedAt = {
  ...changedAt,
  studies: (row: StoredStudy) => Date.parse(row.savedAt),
} as const;
