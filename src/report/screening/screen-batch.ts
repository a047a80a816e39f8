import type { QuestionnaireRegistry } from '../../domain/questionnaire/registry';
import { markDuplicates, type KeptReport } from '../../domain/screening/mark-duplicates';
import type { ScreenedFile } from '../../domain/screening/screen-status';
import { checkFileSize, screenFile, type PdfTextReader } from './screen-file';

/** A file of the batch: its name and size known up front, its bytes read only when the size is fine. */
export type BatchFile = { name: string; size: number; read: () => Promise<Uint8Array> };

type Screening = {
  files: readonly BatchFile[];
  registry: Pick<QuestionnaireRegistry, 'resolve'>;
  readPdfText: PdfTextReader;
};

/** Files read ahead of the one being checked: a browser's file read waits on another process. */
const readAhead = 4;

const readFailed = (file: BatchFile): ScreenedFile => ({
  fileName: file.name,
  kind: 'other',
  bytes: file.size,
  status: 'unreadable',
  reasons: [{ code: 'read-failed' }],
  digest: null,
  result: null,
});

/**
 * Screens each file in order (duplicates not marked), calling `onScreened` as each is done. A file that
 * cannot be read never stops the rest; one over the size limit is never read.
 */
export async function screenEach({
  files,
  registry,
  readPdfText,
  onScreened,
}: Screening & { onScreened: (index: number, file: ScreenedFile) => void }): Promise<void> {
  const reads = new Map<number, Promise<Uint8Array | undefined>>();
  const startRead = (index: number) => {
    const file = files[index];
    if (!file || reads.has(index) || checkFileSize({ fileName: file.name, bytes: file.size }))
      return;
    reads.set(
      index,
      file.read().catch(() => undefined),
    );
  };
  for (const [index, file] of files.entries()) {
    for (let ahead = index; ahead <= index + readAhead; ahead += 1) startRead(ahead);
    const refused = checkFileSize({ fileName: file.name, bytes: file.size });
    const bytes = refused ? undefined : await reads.get(index);
    reads.delete(index);
    onScreened(
      index,
      refused ??
        (bytes === undefined
          ? readFailed(file)
          : await screenFile({ name: file.name, bytes, registry, readPdfText }).catch(() =>
              readFailed(file),
            )),
    );
  }
}

/**
 * Screens a batch one file at a time, reporting progress after each, and marks copies within the batch,
 * files already kept and shared results (markDuplicates). A file that cannot be read never stops the rest.
 */
export async function screenBatch({
  kept = [],
  progress,
  ...screening
}: Screening & {
  kept?: readonly KeptReport[];
  progress?: (done: number, total: number) => void;
}): Promise<ScreenedFile[]> {
  const screened: ScreenedFile[] = [];
  await screenEach({
    ...screening,
    onScreened: (_, file) => {
      screened.push(file);
      progress?.(screened.length, screening.files.length);
    },
  });
  return markDuplicates({ files: screened, kept });
}
