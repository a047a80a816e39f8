import { questionnaireKey } from '../questionnaire/identity';
import type { AnswerValue, Item, Questionnaire } from '../questionnaire/schema';
import { isLikertValue } from '../scoring/likert';
import type { AnswerExpectation, Finding } from './findings';

function optionValues(item: Item): Set<string> {
  return new Set('options' in item ? item.options.map((option) => option.value) : []);
}

/** What an item accepts; undefined when the value fits. */
function problemWith(item: Item, value: AnswerValue): AnswerExpectation | undefined {
  if (value === null) return undefined;
  switch (item.type) {
    case 'likert5':
      return isLikertValue(value) ? undefined : { kind: 'likert' };
    case 'single-choice':
      return typeof value === 'string' && optionValues(item).has(value)
        ? undefined
        : { kind: 'one-of', options: [...optionValues(item)] };
    case 'multi-choice': {
      const known = optionValues(item);
      return Array.isArray(value) && value.every((v) => known.has(v))
        ? undefined
        : { kind: 'list-of', options: [...known] };
    }
    case 'number': {
      const fits =
        typeof value === 'number' &&
        (item.min === undefined || value >= item.min) &&
        (item.max === undefined || value <= item.max);
      return fits ? undefined : { kind: 'number', min: item.min ?? null, max: item.max ?? null };
    }
    case 'year':
      return typeof value === 'number' && Number.isInteger(value) && value >= item.min
        ? undefined
        : { kind: 'year', min: item.min };
    case 'text':
      return typeof value === 'string' && value.length <= item.maxLength
        ? undefined
        : { kind: 'text', maxLength: item.maxLength };
  }
}

/** Answers to items the questionnaire does not have, and answers outside an item's scale or options. */
export function checkAnswers({
  questionnaire,
  responses,
}: {
  questionnaire: Questionnaire;
  responses: readonly { respondentId: string; answers: Readonly<Record<string, AnswerValue>> }[];
}): Finding[] {
  const items = new Map(questionnaire.items.map((item) => [item.id, item]));
  const findings: Finding[] = [];
  for (const { respondentId, answers } of responses) {
    for (const [id, value] of Object.entries(answers)) {
      const item = items.get(id);
      if (!item) {
        findings.push({
          code: 'unknown-item',
          respondentId,
          item: id,
          questionnaire: questionnaireKey(questionnaire),
        });
        continue;
      }
      const expected = problemWith(item, value);
      if (expected !== undefined) {
        findings.push({
          code: 'answer-off-scale',
          respondentId,
          item: id,
          value,
          expected,
        });
      }
    }
  }
  return findings;
}
