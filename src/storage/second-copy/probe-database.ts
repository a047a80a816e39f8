/**
 * Opens the database once without Dexie and without a version, only to hear what Chromium says
 * on the upgrade event: `dataLoss: "total"` when it deleted a store it found damaged. A database that
 * is not there is not created: the upgrade is aborted, and Dexie creates it as usual afterwards.
 */
export function probeDatabase(name: string): Promise<{ hasDataLoss: boolean }> {
  if (typeof indexedDB === 'undefined') return Promise.resolve({ hasDataLoss: false });
  return new Promise((resolve) => {
    let hasDataLoss = false;
    const request = indexedDB.open(name);
    request.onupgradeneeded = (event) => {
      hasDataLoss = (event as IDBVersionChangeEvent & { dataLoss?: string }).dataLoss === 'total';
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      request.result.close();
      resolve({ hasDataLoss });
    };
    // aborted on purpose, or an error Dexie's own open will meet and report
    request.onerror = (event) => {
      event.preventDefault();
      resolve({ hasDataLoss });
    };
    request.onblocked = () => resolve({ hasDataLoss });
  });
}
