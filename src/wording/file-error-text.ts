// File errors, unknown questionnaires and verification findings in the language of the translate
// function the caller passes (i18next in the app, englishTranslate on the command line).
import type { FileError } from '../domain/files/file-error';
import type { Finding } from '../domain/files/findings';
import type { PdfResultError } from '../domain/files/pdf-error';
import { pdfLimitText } from './screen-reason-text';
import { translateOr, type Translate } from './translate';

/** How many paths of an invalid file are named; the rest is counted. */
const shownPaths = 3;

function megabytes(bytes: number, language: string): string {
  const mb = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(
    bytes / 1024 / 1024,
  );
  return `${mb} MB`;
}

/** A format's name with its article (`een antwoordbestand`), or a neutral one for unknown formats. */
export function formatName(t: Translate, format: string): string {
  return translateOr(t, `fileError.format.${format}`, t('fileError.format.other', { format }));
}

/** A file error in the app's language: every code and reason has its own sentence. */
export function fileErrorText(t: Translate, error: FileError | PdfResultError, language: string) {
  switch (error.code) {
    case 'unreadable':
      if (error.reason === 'too-large') {
        return t('fileError.unreadable.too-large', {
          size: megabytes(error.bytes, language),
          limit: megabytes(error.limit, language),
        });
      }
      return t(`fileError.unreadable.${error.reason}`, { ...error });
    case 'wrong-format':
      return t('fileError.wrong-format', {
        found:
          error.found === null ? t(`fileError.kind.${error.kind}`) : formatName(t, error.found),
        expected: translateOr(
          t,
          `fileError.expectedFormat.${error.expected}`,
          t('fileError.expectedFormat.other', { format: error.expected }),
        ),
      });
    case 'unsupported-version':
      return t('fileError.unsupported-version', {
        format: formatName(t, error.format),
        found: error.found ?? t('fileError.noVersion'),
        supported: error.supported,
      });
    case 'invalid': {
      const paths = error.issues.slice(0, shownPaths).map((issue) => issue.path || '(…)');
      return t('fileError.invalid', {
        format: formatName(t, error.format),
        count: error.issues.length,
        paths: paths.join(', '),
      });
    }
    case 'unpacks-too-large':
    case 'pdf-structure':
      return pdfLimitText(error, { t, formatNumber: (n) => n.toLocaleString(language) });
    case 'attachment-not-result':
      return t('fileError.pdf.attachment-not-result', {
        found: error.found === null ? t('fileError.kind.object') : formatName(t, error.found),
      });
    default:
      return t(`fileError.pdf.${error.code}`);
  }
}

/** A verification finding in the app's language. */
export function findingText(t: Translate, finding: Finding): string {
  switch (finding.code) {
    case 'answer-off-scale':
    case 'unknown-item':
      return t(`fileError.finding.${finding.code}`, {
        respondent: finding.respondentId,
        item: finding.item,
      });
    case 'score-differs':
      return t('fileError.finding.score-differs', {
        field: [finding.id, finding.field].filter(Boolean).join(' '),
      });
    default:
      return t(`fileError.finding.${finding.code}`);
  }
}
