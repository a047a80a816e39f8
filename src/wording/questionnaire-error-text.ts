// Problems in a questionnaire file (src/domain/questionnaire), from their codes and values: the
// texts are under questionnaireError in messages/<lang>.json; `selfscan validate` prints the English.
import type { QuestionnaireError } from '../domain/questionnaire/questionnaire-error';
import { describeFileError } from './describe-file-problem';
import { englishTranslate } from './english';
import { translateOr, type Translate } from './translate';

/** What is wrong at one place of a questionnaire file, without the place. */
export function questionnaireErrorText(
  error: QuestionnaireError,
  t: Translate = englishTranslate,
): string {
  if (error.code === 'unreadable-file') return describeFileError(error.error, t);
  const values = { ...error.values };
  // the key of a record breaks a rule of the schema, stated by its own code
  if (error.code === 'invalid-key' && typeof values.rule === 'string') {
    values.rule = translateOr(t, `questionnaireError.${values.rule}`, values.rule);
  }
  return t(`questionnaireError.${error.code}`, values);
}

/** One problem with its place, as `selfscan validate` prints it: `items[3].type: …`. */
export function questionnaireErrorLine(
  error: QuestionnaireError,
  t: Translate = englishTranslate,
): string {
  const text = questionnaireErrorText(error, t);
  return error.path ? `${error.path}: ${text}` : text;
}
