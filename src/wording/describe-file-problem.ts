// File problems as one line for the terminal (`selfscan`): what is wrong, with every value that
// explains it (each invalid path, the stored and recomputed score). The screens use the shorter
// sentences of file-error-text.ts. English by default; the texts are in messages/<lang>.json.
import type { ImportRefusal } from '../domain/collective/plan-response-import';
import type { FileError } from '../domain/files/file-error';
import type { AnswerExpectation, Finding } from '../domain/files/findings';
import type { PdfResultError } from '../domain/files/pdf-error';
import type { ResolveReason } from '../domain/questionnaire/registry';
import type { QuestionnaireRef } from '../domain/questionnaire/schema';
import { englishTranslate } from './english';
import { pdfLimitText } from './screen-reason-text';
import { translateOr, type Translate } from './translate';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const formatName = (t: Translate, format: string) =>
  translateOr(t, `fileProblem.format.${format}`, t('fileProblem.format.other', { format }));

/** A file error in one line, with its values, never an internal error text. */
export function describeFileError(
  error: FileError | PdfResultError,
  t: Translate = englishTranslate,
): string {
  const k = (key: string, values?: Record<string, string | number>) =>
    t(`fileProblem.${key}`, values);
  switch (error.code) {
    case 'unreadable':
      if (error.reason === 'too-large')
        return k('unreadable.too-large', { size: mb(error.bytes), limit: mb(error.limit) });
      if (error.reason === 'too-deep') return k('unreadable.too-deep', { limit: error.limit });
      if (error.reason === 'forbidden-key')
        return k('unreadable.forbidden-key', { key: error.key, path: error.path });
      return k(`unreadable.${error.reason}`);
    case 'wrong-format':
      return k('wrong-format', {
        found: error.found === null ? k(`kind.${error.kind}`) : formatName(t, error.found),
        expected: formatName(t, error.expected),
      });
    case 'unsupported-version':
      return k('unsupported-version', {
        format: formatName(t, error.format),
        found: error.found ?? k('noVersion'),
        supported: error.supported,
      });
    case 'invalid': {
      const listed = error.issues.map((i) =>
        k('issueAt', { path: i.path || k('wholeFile'), issue: k(`issue.${i.code}`) }),
      );
      return k('invalid', { format: formatName(t, error.format), issues: listed.join('; ') });
    }
    case 'attachment-not-result':
      return k('attachment-not-result', {
        found: error.found === null ? k('notSelfscan') : formatName(t, error.found),
      });
    case 'not-pdf':
    case 'damaged-pdf':
    case 'no-attachment':
      return k(error.code);
    case 'unpacks-too-large':
    case 'pdf-structure':
      return pdfLimitText(error, { t });
  }
  return k('cannot-read');
}

type ResolveFailure = { reason: ResolveReason; ref: QuestionnaireRef; known?: string[] };

/** Why a questionnaire reference could not be resolved. */
export function describeResolveFailure(
  { reason, ref, known }: ResolveFailure,
  t: Translate = englishTranslate,
): string {
  return t(`fileProblem.resolve.${reason}`, {
    id: ref.id,
    version: ref.version,
    known: (known ?? []).join(', '),
  });
}

function describeExpectation(expected: AnswerExpectation, t: Translate): string {
  const k = (key: string, values?: Record<string, string | number>) =>
    t(`fileProblem.expect.${key}`, values);
  switch (expected.kind) {
    case 'likert':
      return k('likert');
    case 'one-of':
    case 'list-of':
      return k(expected.kind, { options: expected.options.join(', ') });
    case 'number':
      return k('number', { min: expected.min ?? '−∞', max: expected.max ?? '∞' });
    case 'year':
      return k('year', { min: expected.min });
    case 'text':
      return k('text', { maxLength: expected.maxLength });
  }
}

/** A finding of verification in one line, starting with where it is. */
export function describeFinding(finding: Finding, t: Translate = englishTranslate): string {
  const k = (key: string, values?: Record<string, string | number>) =>
    t(`fileProblem.finding.${key}`, values);
  const show = (value: unknown) =>
    value === undefined ? k('absent') : (JSON.stringify(value) ?? String(value));
  const page =
    'page' in finding && finding.page !== undefined ? k('page', { page: finding.page }) : '';
  switch (finding.code) {
    case 'digest-mismatch':
      return page
        ? k('digest-printed', {
            page,
            stored: finding.stored || k('none'),
            recomputed: finding.recomputed.slice(0, 12),
          })
        : k('digest', { stored: finding.stored, recomputed: finding.recomputed });
    case 'unknown-questionnaire':
      return describeResolveFailure(
        { reason: finding.reason, ref: finding.questionnaire, known: finding.known },
        t,
      );
    case 'answer-off-scale':
      return k('answer-off-scale', {
        respondentId: finding.respondentId,
        value: JSON.stringify(finding.value) ?? String(finding.value),
        item: finding.item,
        expected: describeExpectation(finding.expected, t),
      });
    case 'unknown-item':
      return k('unknown-item', {
        respondentId: finding.respondentId,
        item: finding.item,
        questionnaire: finding.questionnaire,
      });
    case 'score-differs': {
      const where =
        finding.scope === 'scan' ? '' : k(`where.${finding.scope}`, { id: finding.id ?? '' });
      const values = {
        page,
        where,
        field: finding.field,
        stored: show(finding.stored),
        recomputed: show(finding.recomputed),
      };
      return finding.field.startsWith('printed')
        ? k('score-printed', values)
        : k('score-stored', values);
    }
  }
}

/** Why a response file was not imported into a scan. */
export function describeRefusal(refusal: ImportRefusal, t: Translate = englishTranslate): string {
  const k = (key: string, values?: Record<string, string | number>) =>
    t(`fileProblem.refusal.${key}`, values);
  switch (refusal.code) {
    case 'other-scan':
      return k('other-scan', { fileScanId: refusal.fileScanId, scanId: refusal.scanId });
    case 'other-questionnaire':
      return k('other-questionnaire', {
        foundId: refusal.found.id,
        foundVersion: refusal.found.version,
        foundSha256: refusal.found.sha256,
        expectedId: refusal.expected.id,
        expectedVersion: refusal.expected.version,
        expectedSha256: refusal.expected.sha256,
      });
    case 'answers-do-not-fit':
      return refusal.problems.map((problem) => describeFinding(problem, t)).join('; ');
    case 'duplicate-in-batch':
      return k('duplicate-in-batch', { earlier: refusal.earlier });
    default:
      return describeFileError(refusal, t);
  }
}
