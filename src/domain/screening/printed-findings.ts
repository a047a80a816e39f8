/**
 * Where the text a report PDF prints disagrees with its attached result (src/report/reading/verify-printed.ts
 * finds them; `selfscan verify` and the funder's screening word them).
 */
export type PrintedFinding =
  | { code: 'printed-score-differs'; condition: string; printed: string | null; attached: string }
  | { code: 'printed-name-missing'; attached: string }
  | { code: 'printed-digest-differs'; page: number; printed: string | null; attached: string }
  | { code: 'printed-questionnaire-missing'; page: number; questionnaire: string };
