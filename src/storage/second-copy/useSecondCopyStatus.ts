import { useSyncExternalStore } from 'react';
import { secondCopyStatus, subscribeSecondCopyStatus, type SecondCopyStatus } from './copy-status';

/** The state of both copies, updated as the app writes. */
export function useSecondCopyStatus(): SecondCopyStatus {
  return useSyncExternalStore(subscribeSecondCopyStatus, secondCopyStatus, secondCopyStatus);
}
