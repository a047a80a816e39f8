import { describe, expect, it } from 'vitest';
import { aggregateConditionMeans } from './aggregate-conditions';
import { scoreScan } from './score-scan';
import { makeQuestionnaire, answersWithMeans } from '../../../tests/support/test-questionnaire';

const questionnaire = makeQuestionnaire();
const collective = (values: Record<string, number | null>) =>
  scoreScan({
    questionnaire,
    responses: [{ respondentId: 'r1', answers: answersWithMeans(questionnaire, values) }],
  });

describe('aggregateConditionMeans', () => {
  it('summarises the collectives’ condition means, leaving insufficient ones out', () => {
    const result = aggregateConditionMeans([
      collective({ leadership: 2, culture: 5 }),
      collective({ leadership: 3, culture: 4 }),
      collective({ leadership: 4 }),
      collective({ leadership: null }),
    ]);
    expect(result.n).toBe(4);
    // leadership 2, 3, 4: mean 3, median 3; Q1 = 2.5, Q3 = 3.5 → IQR 1
    expect(result.conditions.leadership).toEqual({ n: 3, mean: 3, median: 3, iqr: 1 });
    // culture 5, 4: mean 4.5, median 4.5; under 3 values no IQR
    expect(result.conditions.culture).toEqual({ n: 2, mean: 4.5, median: 4.5, iqr: null });
    expect(result.conditions.network).toEqual({ n: 0, mean: null, median: null, iqr: null });
  });
});
