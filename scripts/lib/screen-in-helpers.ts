// `selfscan screen` file by file in a worker thread, each file with a time limit and the helper with a
// memory limit: a file over either is `unreadable` (too-slow, or read-failed), the helper is
// terminated and a fresh one takes the next file, so the command always prints every file.
import { Worker } from 'node:worker_threads';
import { screenTimeLimitMs } from '../../src/domain/files/file-limits';
import type { ScreenedFile } from '../../src/domain/screening/screen-status';
import { givenUpFile } from '../../src/report/screening/file-kind';
import type { HelperFile } from './screen-helper';

/** Heap of one screening helper; a file that needs more fails alone. */
const helperHeapMb = 512;

/** The helper's code is TypeScript: it registers tsx's loader itself, then imports screen-helper.ts. */
const helperStart = (entry: string) =>
  `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;

function startHelper(questionnaires: string): Worker {
  return new Worker(helperStart(new URL('./screen-helper.ts', import.meta.url).href), {
    eval: true,
    workerData: { questionnaires },
    resourceLimits: { maxOldGenerationSizeMb: helperHeapMb },
  });
}

/** Screens one file in `helper`; undefined when it took too long or the helper died. */
function screenIn(
  helper: Worker,
  file: HelperFile,
  timeLimitMs: number,
): Promise<{ screened: ScreenedFile } | { isTimedOut: boolean }> {
  return new Promise((resolve) => {
    const done = (outcome: { screened: ScreenedFile } | { isTimedOut: boolean }) => {
      clearTimeout(timer);
      helper.off('message', onMessage);
      helper.off('error', onFailure);
      helper.off('exit', onFailure);
      resolve(outcome);
    };
    const onMessage = (message: { index: number; screened: ScreenedFile }) => {
      if (message.index === file.index) done({ screened: message.screened });
    };
    const onFailure = () => done({ isTimedOut: false });
    const timer = setTimeout(() => done({ isTimedOut: true }), timeLimitMs);
    helper.on('message', onMessage);
    helper.on('error', onFailure);
    helper.on('exit', onFailure);
    helper.postMessage(file);
  });
}

/** Screens each file in order (duplicates not marked); every file gets an outcome. */
export async function screenInHelpers({
  files,
  questionnaires,
  timeLimitMs = screenTimeLimitMs,
}: {
  files: readonly { path: string; size: number }[];
  questionnaires: string;
  timeLimitMs?: number;
}): Promise<ScreenedFile[]> {
  const screened: ScreenedFile[] = [];
  let helper: Worker | undefined;
  try {
    for (const [index, { path, size }] of files.entries()) {
      helper ??= startHelper(questionnaires);
      const outcome = await screenIn(helper, { index, path, size }, timeLimitMs);
      if ('screened' in outcome) {
        screened.push(outcome.screened);
        continue;
      }
      screened.push(givenUpFile({ name: path, bytes: size, isTimedOut: outcome.isTimedOut }));
      await helper.terminate();
      helper = undefined;
    }
  } finally {
    await helper?.terminate();
  }
  return screened;
}
