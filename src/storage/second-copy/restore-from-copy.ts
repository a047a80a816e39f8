import { backupFileSchema, type BackupFile } from '../../domain/collective/backup';
import { mergeBackupIntoDevice } from '../backup-repository';
import type { SelfScanDatabase } from '../db';
import type { CopyPort } from './copy-port';
import { countRows, type CopyState } from './copy-state';
import type { TableCounts } from './marker';

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
