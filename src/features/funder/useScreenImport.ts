import { useCallback, useState } from 'react';
import { screenTimeLimitMs } from '../../domain/files/file-limits';
import { markDuplicates } from '../../domain/screening/mark-duplicates';
import type { ScreenedFile } from '../../domain/screening/screen-status';
import { listKeptReports, saveScreenedBatch } from '../../storage/device/screening';
import { useWorkerJob } from '../../ui/useWorkerJob';
import {
  screenedFiles,
  type ScreenFilesInput,
  type ScreenFilesPart,
  type ScreenFilesResult,
} from '../../workers/screen-files-job';

export type ScreenJobInput = ScreenFilesInput;

export type ImportSummary = { files: ScreenedFile[]; added: number };

/** The worker that reads, parses and verifies a batch; its own lazy chunk. */
export function createScreenWorker(): Worker {
  return new Worker(new URL('../../workers/screen-files.worker.ts', import.meta.url), {
    type: 'module',
  });
}

/**
 * The time limit per file: screenTimeLimitMs, or a lower one asked for in the address
 * (`?fileTimeLimitMs=`, a test route: the e2e pushes a slow file over it in seconds, not tens).
 */
export function fileTimeLimitMs(asked: string | null): number {
  const ms = Number(asked);
  return asked !== null && Number.isInteger(ms) && ms > 0
    ? Math.min(ms, screenTimeLimitMs)
    : screenTimeLimitMs;
}

/**
 * Screens a batch in a Web Worker (progress, cancel), marks it against itself and the files already
 * kept (copies, files read before, shared results), then saves the new readable files in one
 * transaction. `timeLimitMs`: each file's time limit (fileTimeLimitMs).
 */
export function useScreenImport(
  createWorker: () => Worker = createScreenWorker,
  timeLimitMs: number = screenTimeLimitMs,
) {
  const { job, start, cancel } = useWorkerJob<
    ScreenJobInput,
    ScreenFilesResult,
    ScreenFilesPart,
    File
  >(createWorker);
  const [summary, setSummary] = useState<ImportSummary | null>(null);

  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setSummary(null);
      const end = await start({ timeLimitMs }, files.length, files);
      if (end.state !== 'done') return;
      const screened = markDuplicates({ files: screenedFiles(end), kept: await listKeptReports() });
      const added = await saveScreenedBatch(screened);
      setSummary({ files: screened, added: added.length });
    },
    [start, timeLimitMs],
  );

  return { job, summary, importFiles, cancel };
}
