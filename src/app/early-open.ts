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
