import { useLiveQuery } from 'dexie-react-hooks';
import { loadClosedScans, type ScanWithResponses } from './collective-scans';
import { getDatabase } from './db';

/** The closed scans of a collective with their respondents, kept current; undefined while loading. */
export function useClosedScans(collectiveId: string): ScanWithResponses[] | undefined {
  return useLiveQuery(() => loadClosedScans(getDatabase(), collectiveId), [collectiveId]);
}
