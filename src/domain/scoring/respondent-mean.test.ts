import { describe, expect, it } from 'vitest';
import type { Answers, LikertItem } from '../questionnaire/schema';
import { respondentConditionMean } from './respondent-mean';

const item = (id: string, reverse = false): LikertItem => ({
  id,
  condition: 'c',
  type: 'likert5',
  reverse,
  text: { nl: id, en: id },
  scope: 'respondent',
  required: false,
});
// three items, the third reverse
const three = [item('c_1'), item('c_2'), item('c_3', true)];
const five = ['c_1', 'c_2', 'c_3', 'c_4', 'c_5'].map((id) => item(id));
const ten = Array.from({ length: 10 }, (_, i) => item(`t_${i + 1}`));

describe('respondentConditionMean', () => {
  it.each<[string, Answers, number | null, number]>([
    // 4 + 5 + (6 − 2 = 4) = 13, / 3
    ['reverse item counts as 6 − answer', { c_1: 4, c_2: 5, c_3: 2 }, 13 / 3, 3],
    // reverse answered 1 → 5: (1 + 1 + 5) / 3 = 7 / 3
    ['reverse 1 becomes 5', { c_1: 1, c_2: 1, c_3: 1 }, 7 / 3, 3],
    // null not scored: (3 + (6 − 1 = 5)) / 2 = 4; 2/3 answered ≥ 0.6
    ['null answers are left out', { c_1: null, c_2: 3, c_3: 1 }, 4, 2],
    // a missing key is the same as null: (2 + 4) / 2 = 3
    ['missing answers are left out', { c_1: 2, c_2: 4 }, 3, 2],
    // 1/3 answered < 0.6
    ['too few answers: insufficient', { c_1: null, c_2: null, c_3: 5 }, null, 1],
    // 7 and 2.5 are off the scale: only c_2 = 3 scored, 1/3 < 0.6
    ['off-scale answers are not scored', { c_1: 7, c_2: 3, c_3: 2.5 }, null, 1],
    ['nothing answered: insufficient', {}, null, 0],
  ])('%s', (_name, answers, mean, answered) => {
    const result = respondentConditionMean({ items: three, answers, minAnsweredShare: 0.6 });
    expect(result.answered).toBe(answered);
    expect(result.total).toBe(3);
    expect(result.insufficient).toBe(mean === null);
    if (mean === null) expect(result.mean).toBeNull();
    else expect(result.mean).toBeCloseTo(mean, 12);
  });

  it.each<[string, LikertItem[], Answers, number, number | null]>([
    // 3/5 = 0.6, exactly at the share: sufficient, (2 + 3 + 4) / 3 = 3
    ['5 items, 3 answered, share 0.6', five, { c_1: 2, c_2: 3, c_3: 4 }, 0.6, 3],
    // 2/5 = 0.4 < 0.6
    ['5 items, 2 answered, share 0.6', five, { c_1: 2, c_2: 3 }, 0.6, null],
    // 3/5 = 0.6 just under 0.61
    ['5 items, 3 answered, share 0.61', five, { c_1: 2, c_2: 3, c_3: 4 }, 0.61, null],
    // 7/10 = 0.7 exactly at the share (0.7 × 10 would be 7.000000000000001): 7 × 5 / 7 = 5
    ['10 items, 7 answered, share 0.7', ten, answered(7), 0.7, 5],
    // 6/10 = 0.6 just under 0.7
    ['10 items, 6 answered, share 0.7', ten, answered(6), 0.7, null],
    // 4/5 = 0.8 at 0.8: (2 + 3 + 4 + 5) / 4 = 3.5
    ['5 items, 4 answered, share 0.8', five, { c_1: 2, c_2: 3, c_3: 4, c_4: 5 }, 0.8, 3.5],
    // share 1: every item needed
    ['share 1, one missing', five, { c_1: 2, c_2: 3, c_3: 4, c_4: 5 }, 1, null],
  ])('minAnsweredShare: %s', (_name, items, answers, minAnsweredShare, mean) => {
    const result = respondentConditionMean({ items, answers, minAnsweredShare });
    expect(result.insufficient).toBe(mean === null);
    expect(result.mean).toBe(mean);
  });

  it('a condition without items is insufficient', () => {
    expect(respondentConditionMean({ items: [], answers: {}, minAnsweredShare: 0.6 })).toEqual({
      mean: null,
      answered: 0,
      total: 0,
      insufficient: true,
    });
  });
});

function answered(count: number): Answers {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`t_${i + 1}`, 5]));
}
