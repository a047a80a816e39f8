import type { Answers, Questionnaire } from '../questionnaire/schema';
import { itemListsOf } from './item-lists';
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
  const points: string[] = [];
  for (const item of itemListsOf(questionnaire).likert) {
    let lowest = Infinity;
    let highest = -Infinity;
    for (const set of answers) {
      const value = set[item.id];
      if (!isLikertValue(value)) continue;
      lowest = Math.min(lowest, value);
      highest = Math.max(highest, value);
    }
    // two answers or more: with one, lowest and highest are the same and the gap is 0
    if (highest - lowest >= discussionGap) points.push(item.id);
  }
  return points;
}
