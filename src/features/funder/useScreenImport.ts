import { useCallback, useState } from 'react';
import type { ScreenedFile } from '../../domain/screening/screen-status';
import { listApplicantDigests, saveScreenedBatch } from '../../storage/device/screening';
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
 * Screens a batch in a Web Worker (progress, cancel), then saves the readable files in one
 * transaction. Already imported digests go in, so the worker marks those files as duplicates.
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
      const knownDigests = await listApplicantDigests();
      const end = await start({ knownDigests }, files.length, files);
      if (end.state !== 'done') return;
      const screened = screenedFiles(end);
      const added = await saveScreenedBatch(screened);
      setSummary({ files: screened, added: added.length });
    },
    [start],
  );

  return { job, summary, importFiles, cancel };
}
