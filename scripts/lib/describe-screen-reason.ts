// English words for screening reasons and criteria fails on the command line: the same texts and
// functions as the app's English UI (src/wording).
import type { CriterionFail, ScreenReason } from '../../src/domain/screening';
import { englishReasonWording } from '../../src/wording/english';
import { criterionFailText, screenReasonText } from '../../src/wording/screen-reason-text';

/** A screening reason in English, for `selfscan screen`. */
export const describeScreenReason = (reason: ScreenReason) =>
  screenReasonText(reason, englishReasonWording);

/** A failed criterion in English. */
export const describeCriterionFail = (fail: CriterionFail) =>
  criterionFailText(fail, englishReasonWording);
