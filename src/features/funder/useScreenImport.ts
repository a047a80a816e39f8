import { useCallback, useState } from 'react';
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
 * Screens a batch in a Web Worker (progress, cancel), marks it against itself and the files already
 * kept (copies, files read before, shared results), then saves the new readable files in one
 * transaction.
 */
export function useScreenImport(createWorker: () => Worker = createScreenWorker) {
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
      const end = await start({}, files.length, files);
      if (end.state !== 'done') return;
      const screened = markDuplicates({ files: screenedFiles(end), kept: await listKeptReports() });
      const added = await saveScreenedBatch(screened);
      setSummary({ files: screened, added: added.length });
    },
    [start],
  );

  return { job, summary, importFiles, cancel };
}
