import type { Collective, Scan, StoredResponse } from '../domain/collective/schema';
import { getCollective } from './collectives-repository';
import type { SelfScanDatabase } from './db';
import { listResponses } from './responses-repository';
import { getScan } from './scans-repository';

export type ScanBundle = {
  scan: Scan;
  collective: Collective | undefined;
  responses: StoredResponse[];
};

/** A scan with its collective and respondents, or null when the scan is not on this device. */
export async function loadScanBundle(
  db: SelfScanDatabase,
  scanId: string,
): Promise<ScanBundle | null> {
  const scan = await getScan(db, scanId);
  if (!scan) return null;
  const [collective, responses] = await Promise.all([
    getCollective(db, scan.collectiveId),
    listResponses(db, scanId),
  ]);
  return { scan, collective, responses };
}
