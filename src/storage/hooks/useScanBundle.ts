import { loadScanBundle, type ScanBundle } from '../scan-bundle';
import { useLiveRow } from './useLiveRow';

/** A scan with its collective and respondents, live; null when absent, undefined while loading. */
export function useScanBundle(scanId: string): ScanBundle | null | undefined {
  return useLiveRow((db) => loadScanBundle(db, scanId), [scanId]);
}
