import type { FileError, Unreadable } from './file-error';

export const pdfErrorCodes = [
  'not-pdf',
  'damaged-pdf',
  'no-attachment',
  'attachment-not-result',
] as const;

/** Why a PDF gave no attachment text: codes only, never the PDF library's own error text. */
export type PdfError = { code: 'not-pdf' | 'damaged-pdf' | 'no-attachment' } | Unreadable;

/** Why a PDF gave no result file: the PDF itself, its attachment's format, or the file in it. */
export type PdfResultError =
  | PdfError
  | { code: 'attachment-not-result'; found: string | null }
  | Exclude<FileError, { code: 'wrong-format' }>;
