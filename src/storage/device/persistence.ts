import { askPersistenceOnce as askOnce, type StorageApi } from '../device-storage';
import { getDatabase } from '../db';

/** Asks the browser once per device to keep this app's data (see device-storage's askPersistenceOnce). */
export function askPersistenceOnce(storage: StorageApi | undefined) {
  return askOnce({ db: getDatabase(), storage });
}
