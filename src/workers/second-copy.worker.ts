/// <reference lib="webworker" />
// The second copy's writer: journal, snapshot and marker in OPFS through sync access handles, off the
// main thread. Where this worker has no sync access handles it says so, and the app writes from the
// main thread instead (src/storage/second-copy/open-second-copy.ts).
import '../domain/zod-without-eval';
import { answerCall, type CopyCall } from '../storage/second-copy/copy-port';
import { SecondCopyEngine } from '../storage/second-copy/engine';
import {
  copyFolder,
  hasSyncAccessHandles,
  syncHandleFiles,
} from '../storage/second-copy/opfs-files';

const engine: Promise<SecondCopyEngine | undefined> = (async () => {
  if (!hasSyncAccessHandles()) return undefined;
  const folder = await copyFolder();
  return folder ? new SecondCopyEngine(syncHandleFiles(folder)) : undefined;
})();

self.onmessage = async (event: MessageEvent<CopyCall>) => {
  self.postMessage(await answerCall(await engine, event.data));
};
