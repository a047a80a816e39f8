import type { Change } from './engine';

/** Who hears of committed changes: the second copy once the app has opened it, nobody before. */
let listener: ((changes: Change[]) => void) | undefined;

/** Sets (or with `undefined`, removes) the one listener to committed changes of the four copied tables. */
export function listenToCommittedChanges(next: ((changes: Change[]) => void) | undefined): void {
  listener = next;
}

/** Called by the database middleware once a transaction has committed. */
export function announceCommittedChanges(changes: Change[]): void {
  if (changes.length > 0) listener?.(changes);
}
