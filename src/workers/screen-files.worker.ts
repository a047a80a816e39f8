// The funder's batch screening, off the main thread: splits the files into parts for a pool of
// helpers (one per core, screen-files-helper.worker.ts), puts the outcomes back in the batch's order as
// they come in, and sends them to the page in parts of a few dozen, with progress a few times a
// second, so the page never receives one large message. Each file is its own part, with a time limit
// (screenTimeLimitMs): a file over it is `unreadable` ("took too long to read"), its helper is
// terminated and replaced, and the batch goes on; a file out for longer than slowAfterMs is named in
// the progress, each second, so the page can say what it waits for. Writes nothing; the page marks duplicates against
// the whole batch and what it keeps (markDuplicates).
import '../domain/zod-without-eval';
import { screenTimeLimitMs } from '../domain/files/file-limits';
import type { ScreenedFile } from '../domain/screening/screen-status';
import { givenUpFile } from '../report/screening/file-kind';
import { helperCount, startHelperPool } from './helper-pool';
import { serveJob } from './job-protocol';
import type { ScreenFilesInput, ScreenFilesPart, ScreenFilesResult } from './screen-files-job';
import type { ScreenFilesPartInput, ScreenedPlace } from './screen-files-helper.worker';

const partSize = 25;
const progressEveryMs = 100;
/** A file out this long is named in the progress, with its seconds, once a second. */
const slowAfterMs = 2000;
const maxHelpers = 4;

/** Below this many files a helper's start-up (its code, the questionnaires) is not worth it. */
const filesPerHelper = 8;

serveJob<ScreenFilesInput, ScreenFilesResult, ScreenFilesPart, File>(
  self,
  async ({ timeLimitMs }, progress, { items: files, sendPart }) => {
    const helpers = helperCount({
      parts: Math.ceil(files.length / filesPerHelper),
      max: maxHelpers,
    });
    const limitMs = Math.min(timeLimitMs ?? screenTimeLimitMs, screenTimeLimitMs);
    const outcomes: (ScreenedFile | undefined)[] = new Array(files.length);
    let sent = 0;
    let done = 0;
    let reportedAt = 0;
    let pending: ScreenedFile[] = [];
    const flush = (isLast: boolean) => {
      while (sent < files.length && outcomes[sent]) {
        pending.push(outcomes[sent] as ScreenedFile);
        outcomes[sent] = undefined; // sent on: let it go
        sent += 1;
      }
      if (!isLast && pending.length >= partSize) {
        sendPart(pending);
        pending = [];
      }
    };
    const slowFiles = () =>
      pool
        .running()
        .filter((part) => part.ms >= slowAfterMs)
        .map((part) => ({
          name: part.input.files[0]?.name ?? '',
          seconds: Math.floor(part.ms / 1000),
        }));
    const report = () => {
      reportedAt = performance.now();
      progress(done, files.length, slowFiles());
    };
    const onScreened = ({ place, file }: ScreenedPlace) => {
      outcomes[place] = file;
      done += 1;
      flush(false);
      if (performance.now() - reportedAt >= progressEveryMs) report();
    };
    const pool = startHelperPool<ScreenFilesPartInput, null, ScreenedPlace>({
      size: helpers,
      partTimeLimitMs: limitMs,
      createHelper: () =>
        new Worker(new URL('./screen-files-helper.worker.ts', import.meta.url), { type: 'module' }),
    });
    // no file finishes while one hangs: say so each second all the same
    const ticker = setInterval(report, 1000);
    try {
      await Promise.all(
        files.map((file, place) =>
          pool.run({ files: [file], places: [place] }, onScreened).catch((error: unknown) => {
            const isTimedOut = error instanceof Error && error.name === 'timed-out';
            const given = givenUpFile({
              name: file.name,
              bytes: file.size,
              isTimedOut,
              limitMs,
            });
            onScreened({ place, file: given });
          }),
        ),
      );
    } finally {
      clearInterval(ticker);
      pool.close();
    }
    progress(files.length, files.length);
    flush(true);
    return pending;
  },
);
