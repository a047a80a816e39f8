import type { AnswerValue, LikertItem, Questionnaire } from '../questionnaire/schema';
import { itemListsOf } from './item-lists';

/** Whether a value is a likert answer on the 1–5 scale (whole numbers only). */
export function isLikertValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The scored value of one answer: as given, or 6 − answer for a reverse item; null when not on the scale. */
export function scoreAnswer({
  item,
  answer,
}: {
  item: LikertItem;
  answer: AnswerValue | undefined;
}): number | null {
  if (!isLikertValue(answer)) return null;
  return item.reverse ? 6 - answer : answer;
}

/** The likert items that measure a condition, in questionnaire order. */
export function conditionItems({
  questionnaire,
  condition,
}: {
  questionnaire: Questionnaire;
  condition: string;
}): readonly LikertItem[] {
  return itemListsOf(questionnaire).byCondition.get(condition) ?? [];
}
