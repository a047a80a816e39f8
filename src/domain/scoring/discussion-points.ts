import type { Answers, Questionnaire } from '../questionnaire/schema';
import { isLikertValue } from './likert';

/** Answers this far apart or more make an item worth discussing (rule 4). */
export const discussionGap = 3;

/**
 * Likert items whose respondents' answers differ by 3 or more points (rule 4), in questionnaire order.
 * Raw answers are compared, before any reversal: the disagreement is about the statement as read,
 * and reversing every answer to one item keeps the same gap anyway.
 */
export function findDiscussionPoints({
  questionnaire,
  answers,
}: {
  questionnaire: Questionnaire;
  answers: readonly Answers[];
}): string[] {
  return questionnaire.items
    .filter((item) => item.type === 'likert5')
    .filter((item) => {
      const values = answers.map((set) => set[item.id]).filter(isLikertValue);
      return values.length >= 2 && Math.max(...values) - Math.min(...values) >= discussionGap;
    })
    .map((item) => item.id);
}
