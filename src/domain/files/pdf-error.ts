import type { FileError, Unreadable } from './file-error';
import type { UnpackPart } from './file-limits';

export const pdfErrorCodes = [
  'not-pdf',
  'damaged-pdf',
  'no-attachment',
  'attachment-not-result',
  'unpacks-too-large',
  'pdf-structure',
] as const;

/** What a PDF's structure has too much of, or where it loops back on itself. */
export const pdfStructureProblems = [
  'objects',
  'pages',
  'nesting',
  'xref-sections',
  'xref-cycle',
  'reference-cycle',
] as const;
export type PdfStructureProblem = (typeof pdfStructureProblems)[number];

/** A PDF refused by a limit before it cost time or memory (src/domain/files/file-limits.ts). */
export type PdfLimitProblem =
  /** a packed stream unpacks to more than `limit` bytes: no report of ours does */
  | { code: 'unpacks-too-large'; part: UnpackPart; limit: number }
  /** `limit` is null for a cycle, which no count allows */
  | { code: 'pdf-structure'; problem: PdfStructureProblem; limit: number | null };

/** Why a PDF gave no attachment text: codes only, never the PDF library's own error text. */
export type PdfError =
  { code: 'not-pdf' | 'damaged-pdf' | 'no-attachment' } | PdfLimitProblem | Unreadable;

/** Why a PDF gave no result file: the PDF itself, its attachment's format, or the file in it. */
export type PdfResultError =
  | PdfError
  | { code: 'attachment-not-result'; found: string | null }
  | Exclude<FileError, { code: 'wrong-format' }>;
