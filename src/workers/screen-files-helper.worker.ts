// A helper of the funder's screening job (screen-files.worker.ts), in its pool: reads and screens
// one part of the batch, and sends each outcome as soon as it has it, with the file's place in the batch.
import '../domain/zod-without-eval';
import { loadBundledRegistry } from '../storage/bundled-questionnaires';
import type { ScreenedFile } from '../domain/screening/screen-status';
import { readPdfText } from '../report/reading/read-pdf-text';
import { screenEach } from '../report/screening/screen-batch';
import { serveJob } from './job-protocol';

/** One part of the screening job: some of the batch's files, and their places in the batch. */
export type ScreenFilesPartInput = { files: File[]; places: number[] };
/** One screened file of a part, sent on before the part is done. */
export type ScreenedPlace = { place: number; file: ScreenedFile };

serveJob<ScreenFilesPartInput, null, ScreenedPlace>(self, async ({ files, places }, _, tools) => {
  await screenEach({
    files: files.map((file) => ({
      name: file.name,
      size: file.size,
      read: async () => new Uint8Array(await file.arrayBuffer()),
    })),
    registry: await loadBundledRegistry(),
    readPdfText,
    onScreened: (index, file) => tools.sendPart({ place: places[index] ?? index, file }),
  });
  return null;
});
