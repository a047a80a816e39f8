import type { SelfScanDatabase } from '../db';

/** LevelDB writes its log in blocks of 32 kB; the filler spans three of them. */
const fillerRows = 6;
const fillerBytes = 16 * 1024;

/**
 * Chromium keeps appending to an IndexedDB log it recovered from after damage (a truncated log,
 * issue 20's e2e test). The next start reads that log up to the damage and drops the rest of its
 * 32 kB block, so rows written just after the damage were lost again at the next restart, even in
 * a fresh database: whether they were depended on how long the log had been. Writing ~96 kB of
 * filler that does not compress (and deleting it again) before anything else moves everything the
 * restore writes into blocks past the damaged one. `settings` is not in the second copy, so the
 * filler never reaches it.
 */
export async function stepPastDamagedLog(db: SelfScanDatabase): Promise<void> {
  const rows = Array.from({ length: fillerRows }, (_, index) => ({
    key: `ck-log-filler-${index}`,
    value: crypto.getRandomValues(new Uint8Array(fillerBytes)),
  }));
  await db.settings.bulkPut(rows);
  await db.settings.bulkDelete(rows.map((row) => row.key));
}
