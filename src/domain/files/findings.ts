import type { AnswerValue, QuestionnaireRef } from '../questionnaire/schema';

/** One way a result file does not hold up; an intact file has none. */
export type Finding =
  | { code: 'digest-mismatch'; message: string; stored: string; recomputed: string }
  | {
      code: 'unknown-questionnaire';
      message: string;
      reason: 'unknown-id' | 'unknown-version' | 'hash-mismatch';
      questionnaire: QuestionnaireRef;
    }
  | {
      code: 'answer-off-scale';
      message: string;
      respondentId: string;
      item: string;
      value: AnswerValue;
    }
  | { code: 'unknown-item'; message: string; respondentId: string; item: string }
  | {
      code: 'score-differs';
      message: string;
      /** what the field belongs to: a condition, a path, or the scan as a whole */
      scope: 'condition' | 'path' | 'scan';
      /** the condition or path id; null for the scan */
      id: string | null;
      /** the field within it, e.g. `mean`, `viability`, `traits.total.yes` */
      field: string;
      stored: unknown;
      recomputed: unknown;
    };

export type FindingCode = Finding['code'];
