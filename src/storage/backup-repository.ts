import { backupFileSchema, type BackupFile } from '../domain/collective/backup';
import { mergeBackup, type BackupContents } from '../domain/collective/backup-merge';
import { fileLimits } from '../domain/files/file-limits';
import { readFormattedFile, type ReadResult } from '../domain/files/read-file';
import type { SelfScanDatabase } from './db';
import { defaultRuntime, type Runtime } from './runtime';

/** Every collective, scan, response, invitation and remembered study on this device, as one backup file. */
export async function exportBackup(
  db: SelfScanDatabase,
  input: { app: { name: string; version: string } },
  runtime: Runtime = defaultRuntime,
): Promise<BackupFile> {
  const tables = [db.collectives, db.scans, db.responses, db.invitations, db.studies];
  return db.transaction('r', tables, async () => {
    const studies = await db.studies.toArray();
    return backupFileSchema.parse({
      format: 'ck-backup',
      formatVersion: 1,
      createdAt: runtime.now(),
      app: input.app,
      collectives: await db.collectives.toArray(),
      scans: await db.scans.toArray(),
      responses: await db.responses.toArray(),
      invitations: await db.invitations.toArray(),
      // only when there are some, so a device without studies still writes what older apps read
      ...(studies.length > 0 ? { studies } : {}),
    });
  });
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
  const tables = [db.collectives, db.scans, db.responses, db.invitations, db.studies];
  await db.transaction('rw', tables, async () => {
    await Promise.all([
      db.collectives.clear(),
      db.scans.clear(),
      db.responses.clear(),
      db.invitations.clear(),
      db.studies.clear(),
    ]);
    await db.collectives.bulkAdd(backup.collectives);
    await db.scans.bulkAdd(backup.scans);
    await db.responses.bulkAdd(backup.responses);
    await db.invitations.bulkAdd(backup.invitations);
    await db.studies.bulkAdd(backup.studies ?? []);
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
  const tables = [db.collectives, db.scans, db.responses, db.invitations, db.studies];
  return db.transaction('rw', tables, async () => {
    const device = await deviceContents(db);
    const { put } = mergeBackup({ device, backup });
    await db.collectives.bulkPut(put.collectives);
    await db.scans.bulkPut(put.scans);
    await db.responses.bulkPut(put.responses);
    await db.invitations.bulkPut(put.invitations);
    // a study never changes, so one the device knows keeps its copy
    const known = new Set(await db.studies.toCollection().primaryKeys());
    const newStudies = (backup.studies ?? []).filter((study) => !known.has(study.id));
    await db.studies.bulkAdd(newStudies);
    return {
      written:
        put.collectives.length +
        put.scans.length +
        put.responses.length +
        put.invitations.length +
        newStudies.length,
    };
  });
}

/** Deletes every collective, scan, answer, invitation and setting on this device, in one transaction. */
export async function deleteEverything(db: SelfScanDatabase): Promise<void> {
  await db.transaction(
    'rw',
    [db.collectives, db.scans, db.responses, db.invitations, db.settings, db.studies],
    async () => {
      await Promise.all([
        db.collectives.clear(),
        db.scans.clear(),
        db.responses.clear(),
        db.invitations.clear(),
        db.settings.clear(),
        db.studies.clear(),
      ]);
    },
  );
}
