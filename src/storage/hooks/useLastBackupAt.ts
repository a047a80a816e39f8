import { readSetting } from '../settings-repository';
import { useLiveRow } from './useLiveRow';

/** When the last backup file was made on this device, live; null when never, undefined while loading. */
export function useLastBackupAt(): string | null | undefined {
  return useLiveRow((db) => readSetting(db, 'lastBackupAt'), []);
}
