import { backupFileSchema, type BackupFile } from '../domain/collective/backup';
import { mergeBackup, type BackupContents } from '../domain/collective/backup-merge';
import { fileLimits } from '../domain/files/file-limits';
import { readFormattedFile, type ReadResult } from '../domain/files/read-file';
import type { SelfScanDatabase } from './db';
import { defaultRuntime, type Runtime } from './runtime';

/** Every collective, scan, response and invitation on this device, as one backup file. */
export async function exportBackup(
  db: SelfScanDatabase,
  input: { app: { name: string; version: string } },
  runtime: Runtime = defaultRuntime,
): Promise<BackupFile> {
  return db.transaction('r', db.collectives, db.scans, db.responses, db.invitations, async () =>
    backupFileSchema.parse({
      format: 'ck-backup',
      formatVersion: 1,
      createdAt: runtime.now(),
      app: input.app,
      collectives: await db.collectives.toArray(),
      scans: await db.scans.toArray(),
      responses: await db.responses.toArray(),
      invitations: await db.invitations.toArray(),
    }),
  );
}

/** Reads a backup file with the same checks as every other file: size, JSON, format, version, schema. */
export function readBackupFile(text: string): ReadResult<BackupFile> {
  return readFormattedFile({
    text,
    format: 'ck-backup',
    schema: backupFileSchema,
    maxBytes: fileLimits.backup,
  });
}

/** Replaces everything on this device by the backup, in one transaction: all of it or nothing. */
export async function restoreBackup(db: SelfScanDatabase, backup: BackupFile): Promise<void> {
  await db.transaction('rw', db.collectives, db.scans, db.responses, db.invitations, async () => {
    await Promise.all([
      db.collectives.clear(),
      db.scans.clear(),
      db.responses.clear(),
      db.invitations.clear(),
    ]);
    await db.collectives.bulkAdd(backup.collectives);
    await db.scans.bulkAdd(backup.scans);
    await db.responses.bulkAdd(backup.responses);
    await db.invitations.bulkAdd(backup.invitations);
  });
}

/** Every row of the four data tables on this device, as they are now. */
export async function deviceContents(db: SelfScanDatabase): Promise<BackupContents> {
  return db.transaction('r', db.collectives, db.scans, db.responses, db.invitations, async () => ({
    collectives: await db.collectives.toArray(),
    scans: await db.scans.toArray(),
    responses: await db.responses.toArray(),
    invitations: await db.invitations.toArray(),
  }));
}

/**
 * Merges the backup into this device in one transaction: rows only in the backup are added, rows in
 * both keep the copy that changed last, nothing is deleted. Returns how many rows were written.
 */
export async function mergeBackupIntoDevice(
  db: SelfScanDatabase,
  backup: BackupFile,
): Promise<{ written: number }> {
  return db.transaction('rw', db.collectives, db.scans, db.responses, db.invitations, async () => {
    const device = await deviceContents(db);
    const { put } = mergeBackup({ device, backup });
    await db.collectives.bulkPut(put.collectives);
    await db.scans.bulkPut(put.scans);
    await db.responses.bulkPut(put.responses);
    await db.invitations.bulkPut(put.invitations);
    return {
      written:
        put.collectives.length + put.scans.length + put.responses.length + put.invitations.length,
    };
  });
}

/** Deletes every collective, scan, answer, invitation and setting on this device, in one transaction. */
export async function deleteEverything(db: SelfScanDatabase): Promise<void> {
  await db.transaction(
    'rw',
    [db.collectives, db.scans, db.responses, db.invitations, db.settings],
    async () => {
      await Promise.all([
        db.collectives.clear(),
        db.scans.clear(),
        db.responses.clear(),
        db.invitations.clear(),
        db.settings.clear(),
      ]);
    },
  );
}
