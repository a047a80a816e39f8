// `selfscan screen` file by file in a worker thread, each file with a time limit and the thread with a
// memory limit: a file over either is `unreadable` (too-slow, or read-failed), the thread is
// terminated and a fresh one takes the next file, so the command always prints every file.
import { Worker } from 'node:worker_threads';
import { screenTimeLimitMs } from '../../src/domain/files/file-limits';
import type { ScreenedFile } from '../../src/domain/screening/screen-status';
import { givenUpFile } from '../../src/report/screening/file-kind';
import type { ThreadFile } from './screen-thread';

/** Heap of one screening thread; a file that needs more fails alone. */
const threadHeapMb = 512;

/** The thread's code is TypeScript: it registers tsx's loader itself, then imports screen-thread.ts. */
const threadStart = (entry: string) =>
  `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;

function startThread(questionnaires: string): Worker {
  return new Worker(threadStart(new URL('./screen-thread.ts', import.meta.url).href), {
    eval: true,
    workerData: { questionnaires },
    resourceLimits: { maxOldGenerationSizeMb: threadHeapMb },
  });
}

/** Screens one file in `thread`; undefined when it took too long or the thread died. */
function screenIn(
  thread: Worker,
  file: ThreadFile,
  timeLimitMs: number,
): Promise<{ screened: ScreenedFile } | { isTimedOut: boolean }> {
  return new Promise((resolve) => {
    const done = (outcome: { screened: ScreenedFile } | { isTimedOut: boolean }) => {
      clearTimeout(timer);
      thread.off('message', onMessage);
      thread.off('error', onFailure);
      thread.off('exit', onFailure);
      resolve(outcome);
    };
    const onMessage = (message: { index: number; screened: ScreenedFile }) => {
      if (message.index === file.index) done({ screened: message.screened });
    };
    const onFailure = () => done({ isTimedOut: false });
    const timer = setTimeout(() => done({ isTimedOut: true }), timeLimitMs);
    thread.on('message', onMessage);
    thread.on('error', onFailure);
    thread.on('exit', onFailure);
    thread.postMessage(file);
  });
}

/** Screens each file in order (duplicates not marked); every file gets an outcome. */
export async function screenInThreads({
  files,
  questionnaires,
  timeLimitMs = screenTimeLimitMs,
}: {
  files: readonly { path: string; size: number }[];
  questionnaires: string;
  timeLimitMs?: number;
}): Promise<ScreenedFile[]> {
  const screened: ScreenedFile[] = [];
  let thread: Worker | undefined;
  try {
    for (const [index, { path, size }] of files.entries()) {
      thread ??= startThread(questionnaires);
      const outcome = await screenIn(thread, { index, path, size }, timeLimitMs);
      if ('screened' in outcome) {
        screened.push(outcome.screened);
        continue;
      }
      screened.push(givenUpFile({ name: path, bytes: size, isTimedOut: outcome.isTimedOut }));
      await thread.terminate();
      thread = undefined;
    }
  } finally {
    await thread?.terminate();
  }
  return screened;
}
