// One share of the funder's batch, in its own worker (started by screen-files.worker.ts): reads and
// screens its files and sends each outcome as a part, with the file's place in the whole batch.
import { loadBundledRegistry } from '../storage/bundled-questionnaires';
import type { ScreenedFile } from '../domain/screening/screen-status';
import { readPdfText } from '../report/reading/read-pdf-text';
import { screenEach } from '../report/screening/screen-batch';
import { serveJob } from './job-protocol';

export type ScreenShardInput = { files: File[]; places: number[] };
export type ScreenShardPart = { place: number; file: ScreenedFile };

serveJob<ScreenShardInput, null, ScreenShardPart>(self, async ({ files, places }, _, tools) => {
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
