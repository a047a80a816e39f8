export { screenStatuses, screenReasonCodes } from './screen-status';
export type {
  ScreenedFile,
  ScreenedFileKind,
  ScreenReason,
  ScreenReasonCode,
  ScreenStatus,
} from './screen-status';
export type { PrintedFinding } from './printed-findings';
export { printedReason, screenVerdict } from './screen-verdict';
export { markDuplicates } from './mark-duplicates';
export {
  criterionFailCodes,
  defaultCriteria,
  evaluateCriteria,
  screeningCriteriaSchema,
} from './criteria';
export type {
  CriteriaOutcome,
  CriterionFail,
  CriterionFailCode,
  ScreeningCriteria,
} from './criteria';
export { scoreColumns, screeningRow } from './screening-rows';
export type { ScreeningRow } from './screening-rows';
export { checkedScores } from './checked-scores';
export type { CheckedScores } from './checked-scores';
export type { KeptReport } from './mark-duplicates';
