import type { Collective, Scan, StoredResponse } from '../domain/collective/schema';
import { getCollective } from './collectives-repository';
import type { SelfScanDatabase } from './db';
import { listResponses } from './responses-repository';
import { listScans } from './scans-repository';

export type CollectiveWithScans = { collective: Collective; scans: Scan[] };
export type ScanWithResponses = { scan: Scan; responses: StoredResponse[] };

/** A collective with its scans, or null when the collective is not on this device. */
export async function loadCollectiveWithScans(
  db: SelfScanDatabase,
  collectiveId: string,
): Promise<CollectiveWithScans | null> {
  const collective = await getCollective(db, collectiveId);
  return collective ? { collective, scans: await listScans(db, collectiveId) } : null;
}

/** The closed scans of a collective (those with a closing date) with their respondents: the points of a trend. */
export async function loadClosedScans(
  db: SelfScanDatabase,
  collectiveId: string,
): Promise<ScanWithResponses[]> {
  const scans = (await listScans(db, collectiveId)).filter(
    (scan) => scan.status === 'closed' && scan.closedAt,
  );
  return Promise.all(
    scans.map(async (scan) => ({ scan, responses: await listResponses(db, scan.id) })),
  );
}
