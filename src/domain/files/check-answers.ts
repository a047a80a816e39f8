import type { AnswerValue, Item, Questionnaire } from '../questionnaire/schema';
import { isLikertValue } from '../scoring/likert';
import type { Finding } from './findings';

function optionValues(item: Item): Set<string> {
  return new Set('options' in item ? item.options.map((option) => option.value) : []);
}

/** What an item accepts, for messages; undefined when the value fits. */
function problemWith(item: Item, value: AnswerValue): string | undefined {
  if (value === null) return undefined;
  switch (item.type) {
    case 'likert5':
      return isLikertValue(value) ? undefined : 'a whole number from 1 to 5 or null';
    case 'single-choice':
      return typeof value === 'string' && optionValues(item).has(value)
        ? undefined
        : `one of ${[...optionValues(item)].join(', ')}`;
    case 'multi-choice': {
      const known = optionValues(item);
      return Array.isArray(value) && value.every((v) => known.has(v))
        ? undefined
        : `a list of ${[...known].join(', ')}`;
    }
    case 'number': {
      const fits =
        typeof value === 'number' &&
        (item.min === undefined || value >= item.min) &&
        (item.max === undefined || value <= item.max);
      return fits ? undefined : `a number from ${item.min ?? '−∞'} to ${item.max ?? '∞'}`;
    }
    case 'year':
      return typeof value === 'number' && Number.isInteger(value) && value >= item.min
        ? undefined
        : `a year from ${item.min}`;
    case 'text':
      return typeof value === 'string' && value.length <= item.maxLength
        ? undefined
        : `a text of at most ${item.maxLength} characters`;
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
          message: `respondent ${respondentId} answered "${id}", which is not an item of ${questionnaire.id}@${questionnaire.version}`,
          respondentId,
          item: id,
        });
        continue;
      }
      const expected = problemWith(item, value);
      if (expected !== undefined) {
        findings.push({
          code: 'answer-off-scale',
          message: `respondent ${respondentId} answered ${JSON.stringify(value)} to ${id}; expected ${expected}`,
          respondentId,
          item: id,
          value,
        });
      }
    }
  }
  return findings;
}
