import type { QuestionnaireRegistry } from '../../domain/questionnaire/registry';
import { markDuplicates } from '../../domain/screening/mark-duplicates';
import type { ScreenedFile } from '../../domain/screening/screen-status';
import { checkFileSize, screenFile, type PdfTextReader } from './screen-file';

/** A file of the batch: its name and size known up front, its bytes read only when the size is fine. */
export type BatchFile = { name: string; size: number; read: () => Promise<Uint8Array> };

/**
 * Screens a batch one file at a time, reporting progress after each, and marks duplicates within the
 * batch and against digests imported before. A file that cannot be read never stops the rest.
 */
export async function screenBatch({
  files,
  knownDigests,
  registry,
  readPdfText,
  progress,
}: {
  files: readonly BatchFile[];
  knownDigests: readonly string[];
  registry: Pick<QuestionnaireRegistry, 'resolve'>;
  readPdfText: PdfTextReader;
  progress?: (done: number, total: number) => void;
}): Promise<ScreenedFile[]> {
  const screened: ScreenedFile[] = [];
  for (const file of files) {
    const refused = checkFileSize({ fileName: file.name, bytes: file.size });
    screened.push(
      refused ??
        (await file
          .read()
          .then((bytes) => screenFile({ name: file.name, bytes, registry, readPdfText }))
          .catch((): ScreenedFile => ({
            fileName: file.name,
            kind: 'other',
            bytes: file.size,
            status: 'unreadable',
            reasons: [{ code: 'read-failed' }],
            digest: null,
            result: null,
          }))),
    );
    progress?.(screened.length, files.length);
  }
  return markDuplicates({ files: screened, knownDigests });
}
