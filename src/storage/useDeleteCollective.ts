import { useCallback } from 'react';
import { deleteCollective } from './collectives-repository';
import { getDatabase } from './db';

/** Removing a collective with its scans and answers from this device, for a screen that has no database at hand. */
export function useDeleteCollective(): (collectiveId: string) => Promise<void> {
  return useCallback((collectiveId) => deleteCollective(getDatabase(), collectiveId), []);
}
