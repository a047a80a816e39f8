import type { SelfScanDatabase } from '../db';

/**
 * More than LevelDB's write buffer (Chromium sets 1–4 MB): the log is switched for a new one and the
 * old one, damage and all, is compacted away, instead of being read again at the next start. Rows
 * of 48 kB stay under the size at which Chromium moves a value out of LevelDB into a blob file.
 */
const fillerRows = 110;
const fillerBytes = 48 * 1024;

/**
 * Chromium keeps appending to an IndexedDB log it recovered from after damage (a truncated log,
 * issue 20's e2e test). The next start reads that log up to the damage and drops the rest of its
 * 32 kB block, so rows written just after the damage were lost again at the next restart, even in
 * a fresh database: whether they were depended on how long the log had been. Writing ~5 MB of
 * filler that does not compress (and deleting it again) before anything else moves everything the
 * restore writes past the damaged block and into a new log. `settings` is not in the second copy, so the
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
