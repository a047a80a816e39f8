import type { StartVerdict, TableCounts } from './marker';

/** How both copies stand, for Instellingen and the recovery screen. */
export type SecondCopyStatus = {
  /** where the second copy is written; `none`: this browser keeps one copy */
  kind: 'worker' | 'main-thread' | 'none';
  verdict: StartVerdict | 'checking';
  databaseCounts: TableCounts | null;
  copyCounts: TableCounts | null;
  lastSavedAt: string | null;
  /** the second copy was rebuilt from the database at this start, and why */
  rebuilt: 'missing' | 'damaged' | null;
  /** damaged journal records and snapshots skipped while reading the copy */
  skipped: number;
  /** the last write to the second copy failed */
  isFailing: boolean;
};

let status: SecondCopyStatus = {
  kind: 'none',
  verdict: 'checking',
  databaseCounts: null,
  copyCounts: null,
  lastSavedAt: null,
  rebuilt: null,
  skipped: 0,
  isFailing: false,
};
const listeners = new Set<() => void>();

/** The status now. */
export function secondCopyStatus(): SecondCopyStatus {
  return status;
}

/** Changes part of the status and tells whoever listens. */
export function updateSecondCopyStatus(change: Partial<SecondCopyStatus>): void {
  status = { ...status, ...change };
  for (const listener of listeners) listener();
}

/** Listens to status changes; returns the way to stop. */
export function subscribeSecondCopyStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
