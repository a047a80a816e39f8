import type { ImportRefusal } from '../domain/collective/plan-response-import';
import { fileErrorText, findingText } from './file-error-text';
import type { Translate } from './translate';

const refName = (ref: { id: string; version: string }) => `${ref.id} ${ref.version}`;

/** Why a response file was not read in, in the app's language, with the values that explain it. */
export function refusalText(t: Translate, refusal: ImportRefusal, language: string): string {
  switch (refusal.code) {
    case 'other-scan':
      return t('import.reason.other-scan');
    case 'other-questionnaire':
      return t('import.reason.other-questionnaire', {
        found: refName(refusal.found),
        expected: refName(refusal.expected),
      });
    case 'answers-do-not-fit': {
      const [first] = refusal.problems;
      const detail = first ? ` ${findingText(t, first)}` : '';
      return `${t('import.reason.answers-do-not-fit')}${detail}`;
    }
    case 'duplicate-in-batch':
      return t('import.reason.duplicate-in-batch', { earlier: refusal.earlier });
    default:
      return fileErrorText(t, refusal, language);
  }
}
