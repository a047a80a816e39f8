import type { Answers, Item, Questionnaire } from './schema';

export type AnswerProblem = {
  code: 'unknown-item' | 'answer-off-scale';
  itemId: string;
  message: string;
};

function describeValue(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function problemWith(item: Item, value: unknown): string | undefined {
  // null is "weet ik niet / n.v.t." for likert items and "not answered" for the others
  if (value === null) return undefined;
  switch (item.type) {
    case 'likert5':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5
        ? undefined
        : `answer ${describeValue(value)} is outside the scale 1–5`;
    case 'single-choice':
      return typeof value === 'string' && item.options.some((o) => o.value === value)
        ? undefined
        : `answer ${describeValue(value)} is not one of the options`;
    case 'multi-choice':
      return Array.isArray(value) && value.every((v) => item.options.some((o) => o.value === v))
        ? undefined
        : `answer ${describeValue(value)} holds a value that is not one of the options`;
    case 'number':
      return typeof value === 'number' &&
        Number.isFinite(value) &&
        (item.min === undefined || value >= item.min) &&
        (item.max === undefined || value <= item.max)
        ? undefined
        : `answer ${describeValue(value)} is not an allowed number`;
    case 'year':
      return Number.isInteger(value) && (value as number) >= item.min && (value as number) <= 9999
        ? undefined
        : `answer ${describeValue(value)} is not a year from ${item.min} on`;
    case 'text':
      return typeof value === 'string' && value.length <= item.maxLength
        ? undefined
        : `answer is not a text of at most ${item.maxLength} characters`;
  }
}

/** Answers that do not fit the questionnaire: unknown item ids and values outside an item's scale or options. */
export function findAnswerProblems(input: {
  questionnaire: Questionnaire;
  answers: Answers;
}): AnswerProblem[] {
  const items = new Map(input.questionnaire.items.map((item) => [item.id, item]));
  const problems: AnswerProblem[] = [];
  for (const [itemId, value] of Object.entries(input.answers)) {
    const item = items.get(itemId);
    if (!item) {
      problems.push({
        code: 'unknown-item',
        itemId,
        message: `${itemId}: no such item in ${input.questionnaire.id}@${input.questionnaire.version}`,
      });
      continue;
    }
    const problem = problemWith(item, value);
    if (problem)
      problems.push({ code: 'answer-off-scale', itemId, message: `${itemId}: ${problem}` });
  }
  return problems;
}
