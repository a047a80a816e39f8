import type { StartReport } from '../storage/second-copy/start-check';

/**
 * The check of the database at start (issue 20), in its own chunk so the first screen's code stays
 * small. The app makes the second copy's worker here: storage never names a worker file.
 */
export async function checkDeviceAtStart(): Promise<StartReport> {
  const { checkThisDevice } = await import('../storage/second-copy/this-device');
  return checkThisDevice({
    createWorker: () =>
      new Worker(new URL('../workers/second-copy.worker.ts', import.meta.url), { type: 'module' }),
  });
}
