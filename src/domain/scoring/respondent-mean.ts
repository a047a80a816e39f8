import type { Answers, LikertItem } from '../questionnaire/schema';
import { scoreAnswer } from './likert';

export type RespondentConditionMean = {
  /** mean of the scored items on 1–5, null when insufficient */
  mean: number | null;
  answered: number;
  total: number;
  insufficient: boolean;
};

/**
 * One respondent's mean on one condition (rule 2): insufficient when answered / total is below
 * minAnsweredShare; a share exactly at the minimum counts. Null and off-scale answers are not scored.
 */
export function respondentConditionMean({
  items,
  answers,
  minAnsweredShare,
}: {
  items: readonly LikertItem[];
  answers: Answers;
  minAnsweredShare: number;
}): RespondentConditionMean {
  let answered = 0;
  let sum = 0;
  for (const item of items) {
    const value = scoreAnswer({ item, answer: answers[item.id] });
    if (value === null) continue;
    answered += 1;
    sum += value;
  }
  const total = items.length;
  // division, not answered >= share × total: 0.7 × 10 is 7.000000000000001 in binary floating point
  const insufficient = total === 0 || answered === 0 || answered / total < minAnsweredShare;
  const mean = insufficient ? null : sum / answered;
  return { mean, answered, total, insufficient };
}
