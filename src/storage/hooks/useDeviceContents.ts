import type { BackupContents } from '../../domain/collective/backup-merge';
import { deviceContents } from '../backup-repository';
import { useLiveRow } from './useLiveRow';

/** Everything kept on this device (what a backup would hold), live; undefined while loading. */
export function useDeviceContents(): BackupContents | undefined {
  return useLiveRow((db) => deviceContents(db), []);
}
