// The funder's batch screening, off the main thread: reads each File (after checking its size),
// verifies it, and returns every ScreenedFile with duplicates marked. Writes nothing.
import { loadBundledRegistry } from '../app/bundled-questionnaires';
import type { ScreenedFile } from '../domain/screening/screen-status';
import { readPdfText } from '../report/read-pdf-text';
import { screenBatch } from '../report/screening/screen-batch';
import { serveJob } from './job-protocol';

/** What the page sends: the files, and the digests of reports it has already imported. */
export type ScreenFilesInput = { files: File[]; knownDigests: string[] };
export type ScreenFilesResult = ScreenedFile[];

serveJob<ScreenFilesInput, ScreenFilesResult>(self, async ({ files, knownDigests }, progress) =>
  screenBatch({
    files: files.map((file) => ({
      name: file.name,
      size: file.size,
      read: async () => new Uint8Array(await file.arrayBuffer()),
    })),
    knownDigests,
    registry: await loadBundledRegistry(),
    readPdfText,
    progress,
  }),
);
