import { describe, expect, it } from 'vitest';
import type { ResultFile } from '../files/result-file-schema';
import {
  defaultCriteria,
  evaluateCriteria,
  screeningCriteriaSchema,
  type ScreeningCriteria,
} from './criteria';
import type { ScreenStatus } from './screen-status';

const condition = (score: number | null) => ({
  mean: score === null ? null : 1 + (score / 100) * 4,
  score,
  membership: null,
  iqr: null,
  q1: null,
  q3: null,
  respondents: 3,
  insufficient: score === null,
  band: null,
});

/** A result with just what the criteria read: scores, paths, necessary, respondents, questionnaire. */
function result({
  leadership = 70.4,
  culture = 59.5 as number | null,
  fitsA = true,
  respondents = 3,
} = {}) {
  return {
    questionnaire: { id: 'ck-selfscan', version: '1.0.0', sha256: 'a'.repeat(64) },
    responses: Array.from({ length: respondents }, (_, i) => ({
      respondentId: `r${i}`,
      answers: {},
    })),
    scores: {
      conditions: { leadership: condition(leadership), culture: condition(culture) },
      paths: {
        A: { membership: 0.7, fits: fitsA, bottleneck: null },
        B: { membership: 0.2, fits: false, bottleneck: null },
      },
      necessaryMissing: culture !== null && culture >= 50 ? [] : ['culture'],
    },
  } as unknown as ResultFile;
}

const criteria = (overrides: Partial<ScreeningCriteria>): ScreeningCriteria => ({
  ...defaultCriteria,
  ...overrides,
});

describe('evaluateCriteria', () => {
  it.each<
    [string, Partial<ScreeningCriteria>, Parameters<typeof result>[0], ScreenStatus, unknown[]]
  >([
    ['defaults, intact', {}, {}, 'intact', []],
    ['defaults, changed', {}, {}, 'changed', [{ code: 'not-intact', status: 'changed' }]],
    // 59.5 is shown as 60 (half up), so a minimum of 60 is met
    [
      'minimum met on the shown score',
      { minScore: { culture: 60, leadership: 70 } },
      {},
      'intact',
      [],
    ],
    [
      'minimum missed',
      { minScore: { leadership: 71 } },
      {},
      'intact',
      [{ code: 'score-below', condition: 'leadership', score: 70, min: 71 }],
    ],
    [
      'insufficient condition',
      { minScore: { culture: 10 } },
      { culture: null },
      'intact',
      [{ code: 'score-below', condition: 'culture', score: null, min: 10 }],
    ],
    ['no route fits', { mustFitRoute: true }, { fitsA: false }, 'intact', [{ code: 'no-route' }]],
    [
      'necessary missing',
      { necessaryMet: true },
      { culture: 40 },
      'intact',
      [{ code: 'necessary-missing', conditions: ['culture'] }],
    ],
    [
      'too few respondents',
      { minRespondents: 4 },
      { respondents: 3 },
      'intact',
      [{ code: 'too-few-respondents', respondents: 3, min: 4 }],
    ],
    ['enough respondents', { minRespondents: 3 }, { respondents: 3 }, 'intact', []],
    [
      'version not allowed',
      { questionnaireVersions: ['ck-selfscan@2.0.0'] },
      {},
      'intact',
      [{ code: 'version-not-allowed', version: 'ck-selfscan@1.0.0' }],
    ],
    ['version allowed', { questionnaireVersions: ['ck-selfscan@1.0.0'] }, {}, 'intact', []],
    ['changed allowed', { onlyIntact: false }, {}, 'changed', []],
  ])('%s', (_, overrides, shape, status, fails) => {
    const file = { status, result: result(shape) };
    // the checked scores: here the re-score agrees with the file
    const outcome = evaluateCriteria({
      criteria: criteria(overrides),
      file,
      scores: file.result.scores,
    });
    expect(outcome).toEqual({ passes: fails.length === 0, fails });
  });

  it('judges no score of a file whose scores could not be checked, and asks for an update for a newer version', () => {
    const open = criteria({ onlyIntact: false, minScore: { culture: 10 } });
    expect(
      evaluateCriteria({ criteria: open, file: { status: 'changed', result: result({}) } }),
    ).toEqual({
      passes: false,
      fails: [{ code: 'unchecked' }],
    });
    expect(
      evaluateCriteria({
        criteria: criteria({}),
        file: { status: 'newer-questionnaire', result: result({}) },
      }),
    ).toEqual({ passes: false, fails: [{ code: 'needs-update' }] });
  });

  it('fails a file without a result, whatever the criteria', () => {
    expect(
      evaluateCriteria({
        criteria: criteria({ onlyIntact: false }),
        file: { status: 'unreadable', result: null },
      }),
    ).toEqual({
      passes: false,
      fails: [{ code: 'no-result' }],
    });
  });

  it.each([
    [{ ...defaultCriteria, minScore: { culture: 101 } }],
    [{ ...defaultCriteria, extra: true }],
    [{ ...defaultCriteria, minRespondents: 1.5 }],
  ])('refuses invalid criteria %#', (value) => {
    expect(screeningCriteriaSchema.safeParse(value).success).toBe(false);
  });
});
