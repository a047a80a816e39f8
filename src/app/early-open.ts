import { createContext } from 'react';
import { isFreshDevice } from '../storage/second-copy/fresh-device';
import { isInvitationLink } from './preload-route';

/**
 * Whether this start shows its page before the database check: a member's invitation link on a
 * device that never held anything of the app (no database, no second copy, no marker). There is
 * nothing to find, lose or restore there, so the welcome need not wait for Dexie, the check and
 * the second copy's worker, which then start once the welcome shows. Every other start checks
 * first, as before.
 */
export function opensBeforeCheck(hash: string): Promise<boolean> {
  return isInvitationLink(hash) ? isFreshDevice() : Promise.resolve(false);
}

/** What a page shown before the check is given (StartGate provides it; null: the check came first). */
export type EarlyOpen = {
  /** starts the check if it has not started, and resolves once it is done */
  whenStorageReady: () => Promise<void>;
  /** the page shows: the check starts now (it would otherwise start after a few seconds) */
  onShown: () => void;
};

export const EarlyOpenContext = createContext<EarlyOpen | null>(null);
