import type { StartReport } from '../storage/second-copy/start-check';

/**
 * The check of the database at start (issue 20), in its own chunk so the first screen's code stays
 * small; it starts once, from main.tsx before the first render. The app makes the second copy's worker here: storage never names a worker file.
 */
export function checkDeviceAtStart(): Promise<StartReport> {
  started ??= runCheck();
  return started;
}

let started: Promise<StartReport> | undefined;

async function runCheck(): Promise<StartReport> {
  const { checkThisDevice } = await import('../storage/second-copy/this-device');
  return checkThisDevice({
    createWorker: () =>
      new Worker(new URL('../workers/second-copy.worker.ts', import.meta.url), { type: 'module' }),
  });
}
