import { readJsonText } from '../safe-json';
import { crossCheckQuestionnaire } from './cross-checks';
import { errorsFromIssues } from './issue-paths';
import type { QuestionnaireError } from './questionnaire-error';
import { questionnaireSchema } from './schema';
import type { Questionnaire } from './schema';

export type { QuestionnaireError } from './questionnaire-error';

export type ParseResult =
  { ok: true; questionnaire: Questionnaire } | { ok: false; errors: QuestionnaireError[] };

/** Validates a parsed JSON value as a questionnaire: the schema first, then the cross-checks. */
export function parseQuestionnaire(raw: unknown): ParseResult {
  const parsed = questionnaireSchema.safeParse(raw);
  // The cross-checks need a well-typed questionnaire, so they wait until the schema holds.
  if (!parsed.success) return { ok: false, errors: errorsFromIssues(parsed.error.issues, raw) };
  const errors = crossCheckQuestionnaire(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, questionnaire: parsed.data };
}

/** Reads questionnaire JSON text safely (size limit, prototype keys) and validates it. */
export function parseQuestionnaireText(text: string): ParseResult {
  const read = readJsonText(text);
  if (!read.ok)
    return { ok: false, errors: [{ path: '', code: 'unreadable-file', error: read.error }] };
  return parseQuestionnaire(read.value);
}
