import Dexie, { type EntityTable } from 'dexie';
import type { Collective, Invitation, Scan, StoredResponse } from '../domain/collective/schema';
import type { StoredStudy } from '../domain/research/study/stored-study';
import type { Applicant } from '../domain/screening/applicant';
import { secondCopyMiddleware } from './second-copy/middleware';
import { schemaHistory } from './schema-history';

export type SettingRow = { key: string; value: unknown };
export type ScreeningSettingRow = { key: string; value: unknown };

/** The app's one IndexedDB database. Only src/storage imports Dexie. */
export class SelfScanDatabase extends Dexie {
  collectives!: EntityTable<Collective, 'id'>;
  scans!: EntityTable<Scan, 'id'>;
  responses!: EntityTable<StoredResponse, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  invitations!: EntityTable<Invitation, 'scanId'>;
  applicants!: EntityTable<Applicant, 'id'>;
  screeningSettings!: EntityTable<ScreeningSettingRow, 'key'>;
  studies!: EntityTable<StoredStudy, 'id'>;

  constructor(name = databaseName) {
    // strict durability: an answer counts as saved only once it is on disk, so a crash loses nothing
    super(name, { chromeTransactionDurability: 'strict' });
    for (const step of schemaHistory) {
      const version = this.version(step.version).stores(step.stores);
      const upgrade = step.upgrade;
      if (upgrade) version.upgrade((tx) => upgrade(tx));
    }
    this.use(secondCopyMiddleware);
  }
}

export const databaseName = 'collectievekracht-selfscan';

let shared: SelfScanDatabase | undefined;

/** The database of this browser, opened on first use. */
export function getDatabase(): SelfScanDatabase {
  shared ??= new SelfScanDatabase();
  return shared;
}

/** Closes and forgets the shared database (tests, and restore from backup). */
export async function resetDatabaseForTests(): Promise<void> {
  shared?.close();
  shared = undefined;
  await Dexie.delete(databaseName);
}
