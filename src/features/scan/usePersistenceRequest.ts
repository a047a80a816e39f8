import { useEffect, useRef, useState } from 'react';
import { browserStorage, type Persistence, type StorageApi } from '../../storage/device-storage';
import { askPersistenceOnce } from '../../storage/device/persistence';
import type { SaveStatus } from './useAnswerSaver';

export type PersistenceRequest = Persistence | null;

/**
 * Once the first answer on this device is saved, asks the browser to keep the data (once per
 * device): a moment at which the reason is plain to the person answering.
 */
export function usePersistenceRequest(
  status: SaveStatus,
  storage: StorageApi | undefined = browserStorage(),
): PersistenceRequest {
  const [request, setRequest] = useState<PersistenceRequest>(null);
  const hasTried = useRef(false);
  useEffect(() => {
    if (status.state !== 'saved' || hasTried.current) return;
    hasTried.current = true;
    if (!storage?.persist) return;
    void askPersistenceOnce(storage)
      .then(setRequest)
      .catch(() => setRequest(null));
  }, [status, storage]);
  return request;
}
