import type { PdfResultError } from '../../domain/files/pdf-error';
import { readResultFile } from '../../domain/files/read-file';
import type { ResultFile } from '../../domain/files/result-file-schema';
import { extractResultAttachment } from './read-pdf';

export type { PdfResultError } from '../../domain/files/pdf-error';

export type PdfResultRead = { ok: true; file: ResultFile } | { ok: false; error: PdfResultError };

/** Reads the result file attached to a report PDF, with a code for every way that can fail. */
export async function readPdfResult(bytes: Uint8Array): Promise<PdfResultRead> {
  const attachment = await extractResultAttachment(bytes);
  if (!attachment.ok) return attachment;
  const read = readResultFile(attachment.text);
  if (read.ok) return read;
  if (read.error.code === 'wrong-format') {
    return { ok: false, error: { code: 'attachment-not-result', found: read.error.found } };
  }
  return { ok: false, error: read.error };
}
