import { loadClosedScans, type ScanWithResponses } from '../collective-scans';
import { useLiveRow } from './useLiveRow';

/** The closed scans of a collective with their respondents, kept current; undefined while loading. */
export function useClosedScans(collectiveId: string): ScanWithResponses[] | undefined {
  return useLiveRow((db) => loadClosedScans(db, collectiveId), [collectiveId]);
}
