import { useLiveQuery } from 'dexie-react-hooks';
import { loadCollectiveWithScans, type CollectiveWithScans } from './collective-scans';
import { getDatabase } from './db';

/** A collective with its scans, kept current: undefined while loading, null when not on this device. */
export function useCollectiveWithScans(
  collectiveId: string,
): CollectiveWithScans | null | undefined {
  return useLiveQuery(() => loadCollectiveWithScans(getDatabase(), collectiveId), [collectiveId]);
}
