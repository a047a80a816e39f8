import { copyFolderName, markerStorageKey } from './copy-names';

/** The browser APIs the check reads (globalThis in the app; tests pass their own). */
export type DeviceApis = {
  localStorage?: Pick<Storage, 'getItem'>;
  indexedDB?: Pick<IDBFactory, 'databases'>;
  storage?: Pick<StorageManager, 'getDirectory'>;
};

function browserApis(): DeviceApis {
  const apis: DeviceApis = {};
  try {
    apis.localStorage = globalThis.localStorage;
  } catch {
    // a browser that refuses localStorage: the marker cannot be read, so the device is not fresh
  }
  if (typeof indexedDB !== 'undefined') apis.indexedDB = indexedDB;
  const storage = globalThis.navigator?.storage;
  if (storage) apis.storage = storage;
  return apis;
}

async function hasCopyFolder(storage: DeviceApis['storage']): Promise<boolean> {
  // a browser without OPFS keeps no copy there (the marker in localStorage says what was here)
  if (typeof storage?.getDirectory !== 'function') return false;
  const root = await storage.getDirectory();
  try {
    await root.getDirectoryHandle(copyFolderName);
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotFoundError') return false;
    throw error;
  }
}

/**
 * Whether this browser has never held anything of the app: no database of this origin at all, no
 * second copy and no marker. Read without Dexie and without opening anything, so that a member's
 * first screen after an invitation link need not wait for the database: on such a device there is
 * nothing to find, lose or restore. Anything it cannot tell for sure (an API that is missing or
 * fails) counts as "not fresh", and the app takes the full start check first as always.
 */
export async function isFreshDevice(apis: DeviceApis = browserApis()): Promise<boolean> {
  try {
    if (!apis.localStorage || apis.localStorage.getItem(markerStorageKey) !== null) return false;
    if (typeof apis.indexedDB?.databases !== 'function') return false;
    const [databases, hasCopy] = await Promise.all([
      apis.indexedDB.databases(),
      hasCopyFolder(apis.storage),
    ]);
    return databases.length === 0 && !hasCopy;
  } catch {
    return false;
  }
}
