// Words for screening reasons and criteria fails, from codes with values (src/domain/screening) and the
// texts in messages/<lang>.json (screeningReasons, criteriaFails). Pure: the caller passes the
// translate function, so the UI (i18next) and the command line (English texts) word them alike.
import type { PdfLimitProblem } from '../domain/files/pdf-error';
import type { CriterionFail } from '../domain/screening/criteria';
import type { ScreenReason, ScreenStatus } from '../domain/screening/screen-status';
import type { Translate } from './translate';

export type ReasonWording = {
  t: Translate;
  /** the condition's title in the current language; the id when not given */
  conditionName?: (id: string) => string;
  /** numbers as the language writes them */
  formatNumber?: (value: number) => string;
};

// Runs of pages as ranges (1–10, 12): a swapped attachment differs on every page.
function pageList(pages: readonly number[], formatNumber: (value: number) => string): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const page of sorted) {
    const last = runs.at(-1);
    if (last && page === last[1] + 1) last[1] = page;
    else runs.push([page, page]);
  }
  return runs
    .map(([from, to]) =>
      from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`,
    )
    .join(', ');
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A PDF refused by a limit of file-limits.ts, in words: the screening's sentence, for every reader. */
export const pdfLimitText = (problem: PdfLimitProblem, wording: ReasonWording) =>
  screenReasonText(problem, wording);

function value(raw: unknown, formatNumber: (value: number) => string): string {
  if (typeof raw === 'number') return formatNumber(raw);
  if (raw === undefined) return '–';
  return typeof raw === 'string' ? raw : JSON.stringify(raw);
}

/** The status in words. */
export const screenStatusText = (status: ScreenStatus, { t }: ReasonWording) =>
  t(`screeningReasons.status.${status}`);

/** One reason in words. */
export function screenReasonText(reason: ScreenReason, wording: ReasonWording): string {
  const { t, conditionName = (id) => id, formatNumber = String } = wording;
  const k = (key: string, values?: Record<string, string | number>) =>
    t(`screeningReasons.${key}`, values);
  switch (reason.code) {
    case 'score-differs': {
      const where =
        reason.scope === 'condition'
          ? k('where.condition', { name: conditionName(reason.id ?? '') })
          : k(`where.${reason.scope}`, { id: reason.id ?? '' });
      const fieldKey = `screeningReasons.field.${reason.field}`;
      const fieldText = t(fieldKey);
      const field = fieldText === fieldKey ? reason.field : fieldText;
      const variant =
        reason.source === 'stored' ? 'stored' : reason.stated === null ? 'printedNone' : 'printed';
      return k(`score-differs.${variant}`, {
        where,
        field,
        stated: value(reason.stated, formatNumber),
        recomputed: value(reason.recomputed, formatNumber),
      });
    }
    case 'printed-name-differs':
      return k(reason.code, { attached: reason.attached });
    case 'printed-digest-differs':
      return k(reason.code, {
        count: reason.pages.length,
        pages: pageList(reason.pages, formatNumber),
        printed: reason.printed ?? '–',
      });
    case 'printed-questionnaire-missing':
      return k(reason.code, {
        count: reason.pages.length,
        pages: pageList(reason.pages, formatNumber),
        questionnaire: reason.questionnaire,
      });
    case 'newer-questionnaire':
      return k(reason.code, {
        id: reason.questionnaire.id,
        version: reason.questionnaire.version,
        newestKnown: reason.newestKnown,
      });
    case 'same-result-as':
      return reason.collective === null
        ? k('same-result-as.file', { fileName: reason.fileName })
        : k('same-result-as.named', { fileName: reason.fileName, collective: reason.collective });
    case 'answer-off-scale':
      return k(reason.code, {
        respondentId: reason.respondentId,
        item: reason.item,
        value: value(reason.value, formatNumber),
      });
    case 'unknown-item':
      return k(reason.code, { respondentId: reason.respondentId, item: reason.item });
    case 'unknown-questionnaire':
      return k(`unknown-questionnaire.${reason.reason}`, {
        id: reason.questionnaire.id,
        version: reason.questionnaire.version,
      });
    case 'attachment-not-result':
    case 'wrong-format':
      return reason.found === null
        ? k(`${reason.code}.none`)
        : k(`${reason.code}.found`, { found: reason.found });
    case 'too-large':
      return k(reason.code, { size: megabytes(reason.bytes), limit: megabytes(reason.limit) });
    case 'unsupported-format-version':
      return k(reason.code, { found: value(reason.found, formatNumber) });
    case 'invalid-file':
      return reason.paths.length === 0
        ? k('invalid-file.none')
        : k('invalid-file.paths', { paths: reason.paths.slice(0, 3).join(', ') });
    case 'duplicate-of':
      return k(reason.code, { fileName: reason.fileName });
    case 'unpacks-too-large':
      return k(reason.code, {
        limit: megabytes(reason.limit),
        part: k(`unpackPart.${reason.part}`),
      });
    case 'pdf-structure':
      return k(`pdf-structure.${reason.problem}`, {
        limit: reason.limit === null ? '–' : formatNumber(reason.limit),
      });
    case 'too-slow':
      return k(reason.code, { seconds: formatNumber(Math.round(reason.limitMs / 1000)) });
    case 'already-imported':
    case 'digest-mismatch':
    case 'no-attachment':
    case 'not-pdf-or-json':
    case 'empty-file':
    case 'read-failed':
    case 'damaged-pdf':
    case 'not-json':
      return k(reason.code);
  }
}

/** One failed criterion in words. */
export function criterionFailText(fail: CriterionFail, wording: ReasonWording): string {
  const { t, conditionName = (id) => id, formatNumber = String } = wording;
  const k = (key: string, values?: Record<string, string | number>) =>
    t(`criteriaFails.${key}`, values);
  switch (fail.code) {
    case 'not-intact':
      return k(fail.code, { status: screenStatusText(fail.status, wording) });
    case 'score-below':
      return fail.score === null
        ? k('score-below.none', {
            condition: conditionName(fail.condition),
            min: formatNumber(fail.min),
          })
        : k('score-below.score', {
            condition: conditionName(fail.condition),
            score: formatNumber(fail.score),
            min: formatNumber(fail.min),
          });
    case 'necessary-missing':
      return k(fail.code, { conditions: fail.conditions.map(conditionName).join(', ') });
    case 'too-few-respondents':
      return k(fail.code, {
        count: fail.respondents,
        respondents: formatNumber(fail.respondents),
        min: formatNumber(fail.min),
      });
    case 'version-not-allowed':
      return k(fail.code, { version: fail.version });
    case 'no-result':
    case 'no-route':
    case 'needs-update':
    case 'unchecked':
      return k(fail.code);
  }
}
