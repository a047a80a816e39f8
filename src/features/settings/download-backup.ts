import type { BackupFile } from '../../domain/collective/backup';
import { exportBackup, recordBackupMade } from '../../storage/device/backup';
import { appGenerator } from '../../ui/app-info';
import { downloadJson } from '../../ui/download';

/** Saves everything on this device as a backup file and remembers when, for settings and reminders. */
export async function downloadBackup(): Promise<BackupFile> {
  const backup = await exportBackup({
    app: { name: appGenerator.app, version: appGenerator.version },
  });
  downloadJson({
    fileName: `zelfscan-back-up-${backup.createdAt.slice(0, 10)}.json`,
    value: backup,
  });
  await recordBackupMade();
  return backup;
}
