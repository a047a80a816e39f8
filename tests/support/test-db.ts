import { beforeEach } from 'vitest';
import { SelfScanDatabase, resetDatabaseForTests } from '../../src/storage/db';

/** Before every test: delete the database (fake-indexeddb keeps data within a file), open it afresh and hand it over. */
export function withFreshDatabase(receive: (db: SelfScanDatabase) => void): void {
  beforeEach(async () => {
    await resetDatabaseForTests();
    const db = new SelfScanDatabase();
    await db.open();
    receive(db);
    return () => db.close();
  });
}
