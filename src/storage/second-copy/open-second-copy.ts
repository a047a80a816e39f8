import { enginePort, workerPort, type CopyPort } from './copy-port';
import { SecondCopyEngine, type CopyLoad } from './engine';
import { copyFolder, writableFiles } from './opfs-files';

/** An opened second copy and what reading it found. */
export type OpenedCopy = { port: CopyPort; load: CopyLoad };

/**
 * Opens the second copy: in the worker the app passes in (src/storage never names a worker file),
 * else on the main thread; `undefined` where the browser has no OPFS at all.
 */
export async function openSecondCopy(input: {
  createWorker?: () => Worker;
}): Promise<OpenedCopy | undefined> {
  const folder = await copyFolder();
  if (!folder) return undefined;
  if (input.createWorker && typeof Worker !== 'undefined') {
    let worker: Worker | undefined;
    try {
      worker = input.createWorker();
      const port = workerPort(worker);
      return { port, load: await port.load() };
    } catch {
      worker?.terminate();
    }
  }
  const port = enginePort(new SecondCopyEngine(writableFiles(folder)));
  return { port, load: await port.load() };
}
