// One helper of `selfscan screen` (screen-in-helpers.ts starts it): screens the files it is sent, one
// at a time, with the same code as the app. It lives in its own thread so that a file that takes too
// long, or too much memory, can be given up by terminating the helper without losing the batch.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { checkFileSize, screenFile } from '../../src/report/screening/screen-file';
import { givenUpFile } from '../../src/report/screening/file-kind';
import { loadQuestionnaireRegistry } from './load-questionnaires';
import { pdfPagesText } from './verify-pdf';

/** A file to screen, by path, with the size `stat` gave. */
export type HelperFile = { index: number; path: string; size: number };

const { questionnaires } = workerData as { questionnaires: string };
const registry = await loadQuestionnaireRegistry(questionnaires);

async function screenOne({ path, size }: HelperFile) {
  const refused = checkFileSize({ fileName: path, bytes: size });
  if (refused) return refused;
  try {
    const bytes = new Uint8Array(await readFile(path));
    return await screenFile({ name: path, bytes, registry, readPdfText: pdfPagesText });
  } catch {
    return givenUpFile({ name: path, bytes: size, isTimedOut: false });
  }
}

parentPort?.on('message', (file: HelperFile) => {
  void screenOne(file).then((screened) => parentPort?.postMessage({ index: file.index, screened }));
});
