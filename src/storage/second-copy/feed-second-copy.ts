import { listenToCommittedChanges, whenChangesAnnounced } from './change-feed';
import type { CopyPort } from './copy-port';
import { updateSecondCopyStatus } from './copy-status';
import { markerOf, parseMarker, type Marker } from './marker';
import { emptyCopyState } from './copy-state';
import { markerStorageKey } from './copy-names';

let written: Promise<void> = Promise.resolve();

/**
 * From now on every committed change also goes to the second copy (or, without OPFS, only the
 * marker to localStorage). Writes are chained, so they land in the order the database made them.
 */
export function feedSecondCopy(input: { port: CopyPort | undefined; storage?: Storage }): void {
  const { port, storage } = input;
  listenToCommittedChanges((changes) => {
    if (!port) {
      writeFallbackMarker(storage, changes[changes.length - 1]?.at ?? null);
      return;
    }
    written = written
      .then(() => port.append(changes))
      .then(
        (marker) =>
          updateSecondCopyStatus({
            copyCounts: marker.counts,
            lastSavedAt: marker.lastSavedAt,
            isFailing: false,
          }),
        () => updateSecondCopyStatus({ isFailing: true }),
      );
  });
}

/** Resolves once every change committed so far is in the second copy too (or failed to get there). */
export async function whenSecondCopyHolds(): Promise<void> {
  await whenChangesAnnounced();
  await written;
}

function writeFallbackMarker(storage: Storage | undefined, at: string | null): void {
  try {
    const known = parseMarker(storage?.getItem(markerStorageKey));
    const marker: Marker = {
      ...(known ?? markerOf(emptyCopyState())),
      hasData: true,
      lastSavedAt: at,
    };
    storage?.setItem(markerStorageKey, JSON.stringify(marker));
  } catch {
    // a full or blocked localStorage leaves the marker as it was; the database write stands
  }
}
