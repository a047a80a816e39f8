import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from './db';
import { loadScanBundle, type ScanBundle } from './scan-bundle';

/** A scan with its collective and respondents, kept current: undefined while loading, null when not on this device. */
export function useScanBundle(scanId: string): ScanBundle | null | undefined {
  return useLiveQuery(() => loadScanBundle(getDatabase(), scanId), [scanId]);
}
