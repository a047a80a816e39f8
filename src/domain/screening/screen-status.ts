import type { UnpackPart } from '../files/file-limits';
import type { PdfStructureProblem } from '../files/pdf-error';
import type { ResultFile } from '../files/result-file-schema';
import type { AnswerValue, QuestionnaireRef } from '../questionnaire/schema';

/** What the funder's screening says of one file (DESIGN.md, `selfscan screen`). */
export const screenStatuses = [
  'intact',
  'changed',
  'unknown-questionnaire',
  'newer-questionnaire',
  'not-a-selfscan',
  'duplicate',
  'unreadable',
] as const;
export type ScreenStatus = (typeof screenStatuses)[number];

/**
 * Why a file has its status: a code with the values to word it (in the UI language or by the CLI's
 * English formatter). Never a sentence.
 */
export type ScreenReason =
  // changed: the content does not hold up
  | { code: 'digest-mismatch' }
  | {
      code: 'score-differs';
      /** `stored`: the result's own scores; `printed`: what the PDF prints */
      source: 'stored' | 'printed';
      scope: 'condition' | 'path' | 'scan';
      /** the condition or path id; null for the scan as a whole */
      id: string | null;
      /** e.g. `mean`, `score`, `viability`; `score` for a printed score */
      field: string;
      /** what the file states (stored or printed); null when the PDF prints none */
      stated: unknown;
      /** what re-scoring (or, for printed, the attachment) gives */
      recomputed: unknown;
    }
  | { code: 'printed-name-differs'; attached: string }
  /** every page that prints another digest than the attachment holds, in one reason */
  | { code: 'printed-digest-differs'; pages: number[]; printed: string | null }
  | { code: 'printed-questionnaire-missing'; pages: number[]; questionnaire: string }
  | { code: 'answer-off-scale'; respondentId: string; item: string; value: AnswerValue }
  | { code: 'unknown-item'; respondentId: string; item: string }
  // unknown-questionnaire
  | {
      code: 'unknown-questionnaire';
      reason: 'unknown-id' | 'unknown-version' | 'hash-mismatch';
      questionnaire: QuestionnaireRef;
    }
  // newer-questionnaire: a later version of a questionnaire this app knows; an update can check it
  | { code: 'newer-questionnaire'; questionnaire: QuestionnaireRef; newestKnown: string }
  // not-a-selfscan
  | { code: 'no-attachment' }
  | { code: 'attachment-not-result'; found: string | null }
  | { code: 'wrong-format'; found: string | null }
  | { code: 'not-pdf-or-json' }
  // unreadable
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty-file' }
  /** the file could not be read or screened at all (an I/O error, or a fault while parsing) */
  | { code: 'read-failed' }
  | { code: 'damaged-pdf' }
  | { code: 'not-json' }
  | { code: 'unsupported-format-version'; found: unknown }
  | { code: 'invalid-file'; paths: string[] }
  /** a packed stream unpacks past its cap (file-limits.ts): not a report of ours */
  | { code: 'unpacks-too-large'; part: UnpackPart; limit: number }
  /** more objects, pages, nesting or cross-reference sections than a report has, or a cycle */
  | { code: 'pdf-structure'; problem: PdfStructureProblem; limit: number | null }
  /** reading the file took longer than its time limit, and was given up */
  | { code: 'too-slow'; limitMs: number }
  // duplicate
  | { code: 'duplicate-of'; fileName: string }
  | { code: 'already-imported'; digest: string }
  // any kept status: the result is the same as that of a file already in the screening (another file)
  | { code: 'same-result-as'; fileName: string; collective: string | null };

export type ScreenReasonCode = ScreenReason['code'];

/** Every reason code, for the i18n parity test and the CLI formatter. */
export const screenReasonCodes = [
  'digest-mismatch',
  'score-differs',
  'printed-name-differs',
  'printed-digest-differs',
  'printed-questionnaire-missing',
  'answer-off-scale',
  'unknown-item',
  'unknown-questionnaire',
  'newer-questionnaire',
  'no-attachment',
  'attachment-not-result',
  'wrong-format',
  'not-pdf-or-json',
  'too-large',
  'empty-file',
  'read-failed',
  'damaged-pdf',
  'not-json',
  'unsupported-format-version',
  'invalid-file',
  'unpacks-too-large',
  'pdf-structure',
  'too-slow',
  'duplicate-of',
  'already-imported',
  'same-result-as',
] as const satisfies readonly ScreenReasonCode[];

export type ScreenedFileKind = 'pdf' | 'json' | 'other';

/** One screened file; `result` is there whenever it could be read, even when changed, so the funder can look. */
export type ScreenedFile = {
  fileName: string;
  kind: ScreenedFileKind;
  bytes: number;
  status: ScreenStatus;
  reasons: ScreenReason[];
  /** the digest the result states, when readable */
  digest: string | null;
  result: ResultFile | null;
  /** SHA-256 of the file's bytes, when they were read: two files are the same file only when equal */
  fileSha256?: string;
  /** this very file (same bytes) is already in the screening: nothing is added, its status stands */
  isAlreadyImported?: boolean;
};
