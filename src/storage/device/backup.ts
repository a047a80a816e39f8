// Backups, restores and wiping on this device's database, for the screens.
import * as backup from '../backup-repository';
import * as settings from '../settings-repository';
import { onDevice } from './on-device';

export const exportBackup = onDevice(backup.exportBackup);
export const recordBackupMade = onDevice(settings.recordBackupMade);
export const restoreBackup = onDevice(backup.restoreBackup);
export const mergeBackupIntoDevice = onDevice(backup.mergeBackupIntoDevice);
export const deleteEverything = onDevice(backup.deleteEverything);
