// Words for study invitations and pseudonyms, in the app and in `selfscan study` / `anonymise`:
// one sentence per code, whoever shows it.
import type { PseudonymMissing } from '../domain/research/anonymise';
import type { StudyProblem } from '../domain/research/study/read-study';
import type { Translate } from './translate';

/** Why a result was anonymised without the study's pseudonym. */
export const pseudonymMissingText = (missing: Pick<PseudonymMissing, 'code'>, t: Translate) =>
  t(`study.pseudonymMissing.${missing.code}`);

/**
 * Why a study invitation was refused. A file error is worded by the caller's own file wording
 * (`fileText`): the screens and the terminal word those differently.
 */
export function studyProblemText(
  problem: StudyProblem,
  t: Translate,
  fileText: (error: Extract<StudyProblem, { code: 'file' }>['error']) => string,
): string {
  switch (problem.code) {
    case 'file':
      return t('study.problem.file', { detail: fileText(problem.error) });
    case 'bad-key-length':
      return problem.bytes === null
        ? t('study.problem.bad-key', { expected: problem.expected * 8 })
        : t('study.problem.bad-key-length', {
            bits: problem.bytes * 8,
            expected: problem.expected * 8,
          });
    case 'not-a-study-link':
      return t('study.problem.not-a-study-link');
  }
}
