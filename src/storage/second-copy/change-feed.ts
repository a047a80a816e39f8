import type { Change } from './engine';

/** Who hears of committed changes: the second copy once the app has opened it, nobody before. */
let listener: ((changes: Change[]) => void) | undefined;

/** Transactions that wrote to a copied table and have not yet committed or failed. */
const open = new Set<Promise<void>>();

/** Sets (or with `undefined`, removes) the one listener to committed changes of the four copied tables. */
export function listenToCommittedChanges(next: ((changes: Change[]) => void) | undefined): void {
  listener = next;
}

/**
 * Called by the database middleware when a transaction first writes to a copied table. The
 * returned functions end it: `committed` announces its changes, `failed` drops them.
 */
export function openChangeSet(): { committed: (changes: Change[]) => void; failed: () => void } {
  let settle = () => {};
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  open.add(settled);
  const end = () => {
    open.delete(settled);
    settle();
  };
  return {
    committed: (changes) => {
      if (changes.length > 0) listener?.(changes);
      end();
    },
    failed: end,
  };
}

/**
 * Resolves once every transaction that had written to a copied table when it was called has been
 * announced or has failed. A browser runs the page's own continuation of a committed write before
 * the middleware hears of the commit (microtasks run between event listeners), so "saved" must wait
 * for this before it asks whether the second copy holds the write.
 */
export async function whenChangesAnnounced(): Promise<void> {
  await Promise.all([...open]);
}
