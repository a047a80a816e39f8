import { describe, expect, it } from 'vitest';
import { findAnswerProblems } from './answer-problems';
import { selfScanV1 } from '../../../tests/support/questionnaires';

describe('findAnswerProblems', () => {
  it('accepts answers that fit, including "weet ik niet"', () => {
    const answers = {
      leadership_1: 1,
      leadership_2: 5,
      leadership_3: null,
      role: 'board',
      trait_impact: 'partly',
    };
    expect(findAnswerProblems({ questionnaire: selfScanV1, answers })).toEqual([]);
  });

  it.each([
    [{ leadership_1: 0 }, 'answer-off-scale', 'leadership_1: answer 0 is outside the scale 1–5'],
    [{ leadership_1: 6 }, 'answer-off-scale', 'leadership_1: answer 6 is outside the scale 1–5'],
    [
      { leadership_1: 3.5 },
      'answer-off-scale',
      'leadership_1: answer 3.5 is outside the scale 1–5',
    ],
    [
      { leadership_1: '4' },
      'answer-off-scale',
      'leadership_1: answer "4" is outside the scale 1–5',
    ],
    [{ role: 'king' }, 'answer-off-scale', 'role: answer "king" is not one of the options'],
    [{ leadershp_1: 3 }, 'unknown-item', 'leadershp_1: no such item in ck-selfscan@1.0.0'],
  ])('reports %j', (answers, code, message) => {
    expect(findAnswerProblems({ questionnaire: selfScanV1, answers })).toEqual([
      { code, itemId: Object.keys(answers)[0], message },
    ]);
  });
});
