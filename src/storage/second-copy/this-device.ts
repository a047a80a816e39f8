import { getDatabase } from '../db';
import type { CopyPort } from './copy-port';
import {
  copyAsBackup,
  replaceDatabaseWithCopy,
  restoreIntoFreshDatabase,
} from './restore-from-copy';
import { openSecondCopy } from './open-second-copy';
import { checkDatabaseAtStart, replaceCopyWith, type StartReport } from './start-check';
import { copiedContents } from './copied-contents';
import { updateSecondCopyStatus } from './copy-status';
import type { BackupFile } from '../../domain/collective/backup';
import type { TableCounts } from './marker';

type App = { name: string; version: string };

/** The start check of this browser's database, with the second copy in the worker the app makes. */
export function checkThisDevice(input: { createWorker: () => Worker }): Promise<StartReport> {
  let storage: Storage | undefined;
  try {
    storage = globalThis.localStorage;
  } catch {
    storage = undefined;
  }
  return checkDatabaseAtStart({
    db: getDatabase(),
    openCopy: () => openSecondCopy({ createWorker: input.createWorker }),
    ...(storage ? { storage } : {}),
  });
}

/** Restores this device's lost database from the second copy, into a fresh database. */
export async function restoreThisDevice(input: {
  port: CopyPort;
  app: App;
}): Promise<{ restored: TableCounts }> {
  const db = getDatabase();
  const result = await restoreIntoFreshDatabase({ db, port: input.port, app: input.app });
  updateSecondCopyStatus({ verdict: 'fine', databaseCounts: result.restored });
  return result;
}

/** Deletes this device's unopenable database and restores the second copy into a new one. */
export async function replaceThisDevice(input: {
  port: CopyPort;
  app: App;
}): Promise<{ restored: TableCounts }> {
  const result = await replaceDatabaseWithCopy({ db: getDatabase(), ...input });
  updateSecondCopyStatus({ verdict: 'fine', databaseCounts: result.restored });
  return result;
}

/** The second copy as a backup file, to download before anything is deleted. */
export async function secondCopyBackup(input: { port: CopyPort; app: App }): Promise<BackupFile> {
  return copyAsBackup({
    state: await input.port.contents(),
    app: input.app,
    createdAt: new Date().toISOString(),
  });
}

/** Keeps the database as it is, without restoring: the second copy is made to match it. */
export async function keepThisDeviceAsIs(input: { port: CopyPort | undefined }): Promise<void> {
  const db = getDatabase();
  if (input.port) {
    await replaceCopyWith({
      port: input.port,
      device: await copiedContents(db),
      now: new Date().toISOString(),
    });
  }
  updateSecondCopyStatus({ verdict: 'fine' });
}
