import type { AnswerValue, QuestionnaireRef } from '../questionnaire/schema';
import type { ResolveReason } from '../questionnaire/registry';

/** What an item accepts, to say why an answer does not fit it. */
export type AnswerExpectation =
  | { kind: 'likert' }
  | { kind: 'one-of'; options: string[] }
  | { kind: 'list-of'; options: string[] }
  | { kind: 'number'; min: number | null; max: number | null }
  | { kind: 'year'; min: number }
  | { kind: 'text'; maxLength: number };

export const findingCodes = [
  'digest-mismatch',
  'unknown-questionnaire',
  'answer-off-scale',
  'unknown-item',
  'score-differs',
] as const;

/** One way a result file does not hold up; an intact file has none. Codes with values, no sentences. */
export type Finding =
  | {
      code: 'digest-mismatch';
      stored: string;
      recomputed: string;
      /** set when a PDF page prints another digest than its attachment holds */
      page?: number;
    }
  | {
      code: 'unknown-questionnaire';
      reason: ResolveReason;
      questionnaire: QuestionnaireRef;
      /** for `unknown-version`: the versions this app knows */
      known?: string[];
    }
  | {
      code: 'answer-off-scale';
      respondentId: string;
      item: string;
      value: AnswerValue;
      expected: AnswerExpectation;
    }
  | { code: 'unknown-item'; respondentId: string; item: string; questionnaire: string }
  | {
      code: 'score-differs';
      /** what the field belongs to: a condition, a path, or the scan as a whole */
      scope: 'condition' | 'path' | 'scan';
      /** the condition or path id; null for the scan */
      id: string | null;
      /** the field within it, e.g. `mean`, `viability`, `traits.total.yes`, `printed score` */
      field: string;
      stored: unknown;
      recomputed: unknown;
      /** set when the difference is on a printed PDF page */
      page?: number;
    };

export type FindingCode = Finding['code'];
