import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase, type SelfScanDatabase } from '../db';

/**
 * A query on this device's database, kept live across tabs: undefined while it first loads.
 * The storage hooks beside it are built on this; screens call those, never this.
 */
export function useLiveRow<T>(
  query: (db: SelfScanDatabase) => Promise<T>,
  deps: unknown[],
): T | undefined {
  return useLiveQuery(() => query(getDatabase()), deps);
}
