import { loadCollectiveWithScans, type CollectiveWithScans } from '../collective-scans';
import { useLiveRow } from './useLiveRow';

/** A collective with its scans, kept current: undefined while loading, null when not on this device. */
export function useCollectiveWithScans(
  collectiveId: string,
): CollectiveWithScans | null | undefined {
  return useLiveRow((db) => loadCollectiveWithScans(db, collectiveId), [collectiveId]);
}
