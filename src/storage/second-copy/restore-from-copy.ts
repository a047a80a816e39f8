import { backupFileSchema, type BackupFile } from '../../domain/collective/backup';
import { mergeBackupIntoDevice } from '../backup-repository';
import type { SelfScanDatabase } from '../db';
import { copiedContents } from './copied-contents';
import type { CopyPort } from './copy-port';
import { countRows, type CopyState } from './copy-state';
import type { TableCounts } from './marker';
import { stepPastDamagedLog } from './step-past-damage';

type App = { name: string; version: string };

/** The second copy as a backup file: what the recovery screen offers to download, and what it restores. */
export function copyAsBackup(input: { state: CopyState; app: App; createdAt: string }): BackupFile {
  const { tables } = input.state;
  return backupFileSchema.parse({
    format: 'ck-backup',
    formatVersion: 1,
    createdAt: input.createdAt,
    app: input.app,
    collectives: Object.values(tables.collectives),
    scans: Object.values(tables.scans),
    responses: Object.values(tables.responses),
    invitations: Object.values(tables.invitations),
    // only when there are some, as in a backup file, so older apps still read the download
    ...(Object.keys(tables.studies).length > 0 ? { studies: Object.values(tables.studies) } : {}),
  });
}

/** Restores the second copy into the database with the restore merge of a backup file: nothing here is deleted. */
export async function restoreFromSecondCopy(input: {
  db: SelfScanDatabase;
  port: CopyPort;
  app: App;
  now?: () => string;
}): Promise<{ restored: TableCounts; written: number }> {
  const state = await input.port.contents();
  const backup = copyAsBackup({
    state,
    app: input.app,
    createdAt: (input.now ?? (() => new Date().toISOString()))(),
  });
  const { written } = await mergeBackupIntoDevice(input.db, backup);
  return { restored: countRows(state), written };
}

/**
 * Restores the second copy into a fresh database, keeping what the old one still held. Fresh,
 * because Chromium appends to the damaged store's log, and the next start reads past the damage as
 * little as it did this time: the restored rows were gone again after one more restart (issue 20's
 * e2e test, truncated log).
 */
export async function restoreIntoFreshDatabase(input: {
  db: SelfScanDatabase;
  port: CopyPort;
  app: App;
}): Promise<{ restored: TableCounts; written: number }> {
  const { db } = input;
  const kept = await db
    .transaction(
      'r',
      [db.collectives, db.scans, db.responses, db.invitations, db.studies, db.settings],
      async () => ({
        device: await copiedContents(db),
        settings: await db.settings.toArray(),
      }),
    )
    .catch(() => undefined);
  // before the database goes: its delete and all that follows must not land in a damaged block
  await stepPastDamagedLog(db).catch(() => undefined);
  await db.delete();
  await db.open();
  if (kept) {
    await db.transaction(
      'rw',
      [db.collectives, db.scans, db.responses, db.invitations, db.studies, db.settings],
      async () => {
        await db.settings.bulkPut(kept.settings);
        await db.collectives.bulkPut(kept.device.collectives);
        await db.scans.bulkPut(kept.device.scans);
        await db.responses.bulkPut(kept.device.responses);
        await db.invitations.bulkPut(kept.device.invitations);
        await db.studies.bulkPut(kept.device.studies);
      },
    );
  }
  return restoreFromSecondCopy(input);
}

/** For a database that cannot be opened: deletes it, opens a new one, and restores the second copy into it. */
export async function replaceDatabaseWithCopy(input: {
  db: SelfScanDatabase;
  port: CopyPort;
  app: App;
}): Promise<{ restored: TableCounts; written: number }> {
  await input.db.delete();
  await input.db.open();
  return restoreFromSecondCopy(input);
}
