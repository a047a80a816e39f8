// The lock of published questionnaire versions in words (src/domain/questionnaire/published-lock):
// the status `selfscan validate` prints beside a file, and why a lock file is refused.
import type { LockCheck, LockStatus } from '../domain/questionnaire/published-lock';
import { englishTranslate } from './english';
import { type Translate } from './translate';

/** A version's place in the lock: published, not published, or differing from what was published. */
export const lockStatusText = (status: LockStatus, t: Translate = englishTranslate) =>
  t(`questionnaireLock.status.${status}`);

/** Why a lock file cannot be used. */
export function lockProblemText(
  problem: Exclude<LockCheck, { ok: true }>,
  t: Translate = englishTranslate,
): string {
  return problem.code === 'bad-entry'
    ? t('questionnaireLock.bad-entry', { key: problem.key })
    : t('questionnaireLock.not-an-object');
}
