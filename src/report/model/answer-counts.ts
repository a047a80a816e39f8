import type { ResultResponse } from '../../domain/files/result-file-schema';

export type AnswerCounts = {
  /** answers 1–5 as given (before any reversal) */
  counts: [number, number, number, number, number];
  dontKnow: number;
  unanswered: number;
  min: number | null;
  max: number | null;
};

/** Counts one likert item's answers over the respondents: 1–5, "weet ik niet" (null) and not filled in. */
export function countAnswers({
  itemId,
  responses,
}: {
  itemId: string;
  responses: readonly ResultResponse[];
}): AnswerCounts {
  const counts: AnswerCounts['counts'] = [0, 0, 0, 0, 0];
  let dontKnow = 0;
  let unanswered = 0;
  const given: number[] = [];
  for (const response of responses) {
    const value = response.answers[itemId];
    if (value === null) dontKnow += 1;
    else if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5) {
      counts[value - 1] = (counts[value - 1] ?? 0) + 1;
      given.push(value);
    } else unanswered += 1;
  }
  return {
    counts,
    dontKnow,
    unanswered,
    min: given.length === 0 ? null : Math.min(...given),
    max: given.length === 0 ? null : Math.max(...given),
  };
}
