// The one English wording of every file problem, for the command line (the UI words them through i18n).
import type { ImportRefusal } from '../domain/collective/plan-response-import';
import type { ResolveReason } from '../domain/questionnaire/registry';
import type { QuestionnaireRef } from '../domain/questionnaire/schema';
import type { FileError, FileIssueCode, JsonKind } from '../domain/files/file-error';
import type { AnswerExpectation, Finding } from '../domain/files/findings';
import type { PdfResultError } from '../domain/files/pdf-error';

const formatNames: Record<string, string> = {
  'ck-response': 'a response file',
  'ck-result': 'a result file',
  'ck-invitation': 'an invitation file',
  'ck-backup': 'a backup file',
  'ck-result-anonymised': 'an anonymised result file',
  'ck-questionnaire': 'a questionnaire',
};
const kindNames: Record<JsonKind, string> = {
  object: 'a JSON object without a "format" field',
  array: 'a JSON array',
  null: 'the JSON value null',
  string: 'a single JSON string',
  number: 'a single JSON number',
  boolean: 'a single JSON true/false',
};
const issueWords: Record<FileIssueCode, string> = {
  required: 'missing',
  'wrong-type': 'of the wrong type',
  'not-allowed': 'not an allowed value',
  'too-small': 'too small or too short',
  'too-big': 'too large or too long',
  'unknown-field': 'unknown field',
  'bad-text': 'not in the required form',
  'duplicate-id': 'occurs more than once',
  'unknown-reference': 'refers to something not in the file',
  other: 'not valid',
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const formatName = (format: string) => formatNames[format] ?? `a "${format}" file`;

/** A file error in plain English: what is wrong, with its values, never an internal error text. */
export function describeFileError(error: FileError | PdfResultError): string {
  switch (error.code) {
    case 'unreadable':
      switch (error.reason) {
        case 'empty':
          return 'the file is empty';
        case 'too-large':
          return `the file is ${mb(error.bytes)}; files must be smaller than ${mb(error.limit)}`;
        case 'not-text':
          return 'the file is not UTF-8 text (another encoding, or not a text file)';
        case 'html':
          return 'this is a web page (HTML), not a self-scan file';
        case 'not-json':
          return 'the file is damaged or incomplete: not valid JSON';
        case 'too-deep':
          return `the file nests deeper than ${error.limit} levels, which no self-scan file does`;
        case 'forbidden-key':
          return `the file contains the key "${error.key}" (at ${error.path}), which is not allowed`;
        case 'not-found':
          return 'no such file';
        case 'is-folder':
          return 'this is a folder, not a file';
        case 'cannot-open':
          return 'the file cannot be opened';
        case 'unexpected':
          return 'the file could not be checked: an unexpected error occurred while reading it';
      }
      break;
    case 'wrong-format':
      return `this is ${error.found === null ? kindNames[error.kind] : formatName(error.found)}, not ${formatName(error.expected)}`;
    case 'unsupported-version':
      return `this is ${formatName(error.format)} in format version ${error.found ?? '(missing)'}; this app reads format version ${error.supported}`;
    case 'invalid': {
      const listed = error.issues.map((i) => `${i.path || '(file)'}: ${issueWords[i.code]}`);
      return `${formatName(error.format)} that is not valid: ${listed.join('; ')}`;
    }
    case 'not-pdf':
      return 'this is not a PDF file';
    case 'damaged-pdf':
      return 'the PDF is damaged and cannot be read';
    case 'no-attachment':
      return 'the PDF has no attached result file (it was not made by the self-scan)';
    case 'attachment-not-result':
      return `the PDF's attachment is ${error.found === null ? 'not a self-scan file' : formatName(error.found)}, not a result file`;
  }
  return 'the file cannot be read';
}

type ResolveFailure = { reason: ResolveReason; ref: QuestionnaireRef; known?: string[] };

/** Why a questionnaire reference could not be resolved, in English. */
export function describeResolveFailure({ reason, ref, known }: ResolveFailure): string {
  const { id, version } = ref;
  if (reason === 'unknown-id') return `unknown questionnaire "${id}"`;
  if (reason === 'unknown-version')
    return `unknown version ${version} of questionnaire "${id}" (known: ${(known ?? []).join(', ')})`;
  return `this file claims ${id}@${version} but its content differs from the published one`;
}

function describeExpectation(expected: AnswerExpectation): string {
  switch (expected.kind) {
    case 'likert':
      return 'a whole number from 1 to 5 or null';
    case 'one-of':
      return `one of ${expected.options.join(', ')}`;
    case 'list-of':
      return `a list of ${expected.options.join(', ')}`;
    case 'number':
      return `a number from ${expected.min ?? '−∞'} to ${expected.max ?? '∞'}`;
    case 'year':
      return `a year from ${expected.min}`;
    case 'text':
      return `a text of at most ${expected.maxLength} characters`;
  }
}

const show = (value: unknown) => (value === undefined ? 'absent' : JSON.stringify(value));

/** A finding of verification in English, starting with where it is. */
export function describeFinding(finding: Finding): string {
  const page = 'page' in finding && finding.page !== undefined ? `page ${finding.page}: ` : '';
  switch (finding.code) {
    case 'digest-mismatch':
      return page
        ? `${page}prints the digest ${finding.stored || '(none)'}, the attachment has ${finding.recomputed.slice(0, 12)}…: the PDF and its attachment do not belong together`
        : `the digest ${finding.stored} does not match the content (${finding.recomputed}): the file was changed after it was made`;
    case 'unknown-questionnaire':
      return describeResolveFailure({
        reason: finding.reason,
        ref: finding.questionnaire,
        known: finding.known,
      });
    case 'answer-off-scale':
      return `respondent ${finding.respondentId} answered ${JSON.stringify(finding.value)} to ${finding.item}; expected ${describeExpectation(finding.expected)}`;
    case 'unknown-item':
      return `respondent ${finding.respondentId} answered "${finding.item}", which is not an item of ${finding.questionnaire}`;
    case 'score-differs': {
      const where = finding.scope === 'scan' ? '' : `${finding.scope} ${finding.id}: `;
      const inPdf = finding.field.startsWith('printed');
      return inPdf
        ? `${page}${where}${finding.field} is ${show(finding.stored)} in the PDF, the attachment says ${show(finding.recomputed)}`
        : `${where}${finding.field} is ${show(finding.stored)} in the file but ${show(finding.recomputed)} on re-scoring`;
    }
  }
}

/** Why a response file was not imported into a scan, in English. */
export function describeRefusal(refusal: ImportRefusal): string {
  switch (refusal.code) {
    case 'other-scan':
      return `this response belongs to another scan (${refusal.fileScanId}), not to ${refusal.scanId}`;
    case 'other-questionnaire':
      return `this response was given on ${refusal.found.id}@${refusal.found.version} (sha256 ${refusal.found.sha256}), but this scan uses ${refusal.expected.id}@${refusal.expected.version} (sha256 ${refusal.expected.sha256})`;
    case 'answers-do-not-fit':
      return refusal.problems.map(describeFinding).join('; ');
    case 'duplicate-in-batch':
      return `holds the same respondent as ${refusal.earlier}`;
    default:
      return describeFileError(refusal);
  }
}
