import { describe, expect, it } from 'vitest';
import { scanScoresSchema } from './scan-scores-schema';
import { scoreScan } from './score-scan';
import { makeQuestionnaire, answersWithMeans } from '../../../tests/support/test-questionnaire';

const questionnaire = makeQuestionnaire();
const all = (value: number) => ({
  leadership: value,
  community: value,
  business: value,
  culture: value,
  network: value,
});
const scan = (...values: Record<string, number | null>[]) =>
  scoreScan({
    questionnaire,
    responses: values.map((v, i) => ({
      respondentId: `r${i + 1}`,
      answers: answersWithMeans(questionnaire, v),
    })),
  });

describe('scoreScan: paths and viability', () => {
  // memberships: 4.25 → 0.95, 3.25 → 0.5, 2 → 0.05 (rule 5 anchors)
  // A = culture ∧ leadership ∧ network; B = culture ∧ community ∧ business ∧ network
  it.each<{
    name: string;
    means: Record<string, number>;
    A: { membership: number; fits: boolean; bottleneck: string };
    B: { membership: number; fits: boolean; bottleneck: string };
    viability: number;
    necessaryMissing: string[];
    closestPath: string;
  }>([
    {
      name: 'both paths fitted',
      means: all(4.25),
      A: { membership: 0.95, fits: true, bottleneck: 'culture' },
      B: { membership: 0.95, fits: true, bottleneck: 'culture' },
      viability: 0.95,
      necessaryMissing: [],
      closestPath: 'A',
    },
    {
      // B = min(0.95, 0.05, 0.05, 0.95) = 0.05, community first on the tie
      name: 'only path A fitted',
      means: { ...all(4.25), community: 2, business: 2 },
      A: { membership: 0.95, fits: true, bottleneck: 'culture' },
      B: { membership: 0.05, fits: false, bottleneck: 'community' },
      viability: 0.95,
      necessaryMissing: [],
      closestPath: 'A',
    },
    {
      // A = min(0.95, 0.05, 0.95) = 0.05; B = 0.95
      name: 'only path B fitted',
      means: { ...all(4.25), leadership: 2 },
      A: { membership: 0.05, fits: false, bottleneck: 'leadership' },
      B: { membership: 0.95, fits: true, bottleneck: 'culture' },
      viability: 0.95,
      necessaryMissing: [],
      closestPath: 'B',
    },
    {
      // everything at the crossover: 0.5 is not above 0.5; culture at 0.5 is not below 0.5
      name: 'no path fitted (all at the crossover)',
      means: all(3.25),
      A: { membership: 0.5, fits: false, bottleneck: 'culture' },
      B: { membership: 0.5, fits: false, bottleneck: 'culture' },
      viability: 0.5,
      necessaryMissing: [],
      closestPath: 'A',
    },
    {
      // leadership 2.25: t = −1/1.25 = −0.8 → 1/(1+19^0.8) ≈ 0.091; community 2 → 0.05: A ≈ 0.091, B = 0.05
      name: 'no path fitted, A closest',
      means: { ...all(4.25), leadership: 2.25, community: 2 },
      A: { membership: 1 / (1 + 19 ** 0.8), fits: false, bottleneck: 'leadership' },
      B: { membership: 0.05, fits: false, bottleneck: 'community' },
      viability: 1 / (1 + 19 ** 0.8),
      necessaryMissing: [],
      closestPath: 'A',
    },
    {
      // culture 3 → t = −0.25/1.25 = −0.2 → 1/(1+19^0.2) ≈ 0.357 < 0.5; every path's minimum is culture,
      // viability stays the maximum over paths (not forced to 0)
      name: 'culture below 0.5, everything else high',
      means: { ...all(5), culture: 3 },
      A: { membership: 1 / (1 + 19 ** 0.2), fits: false, bottleneck: 'culture' },
      B: { membership: 1 / (1 + 19 ** 0.2), fits: false, bottleneck: 'culture' },
      viability: 1 / (1 + 19 ** 0.2),
      necessaryMissing: ['culture'],
      closestPath: 'A',
    },
  ])('$name', ({ means, A, B, viability, necessaryMissing, closestPath }) => {
    const scores = scan(means);
    expect(scores.paths.A?.membership).toBeCloseTo(A.membership, 12);
    expect(scores.paths.A).toMatchObject({ fits: A.fits, bottleneck: A.bottleneck });
    expect(scores.paths.B?.membership).toBeCloseTo(B.membership, 12);
    expect(scores.paths.B).toMatchObject({ fits: B.fits, bottleneck: B.bottleneck });
    expect(scores.viability).toBeCloseTo(viability, 12);
    expect(scores.necessaryMissing).toEqual(necessaryMissing);
    expect(scores.closestPath).toBe(closestPath);
    expect(scanScoresSchema.safeParse(scores).success).toBe(true);
  });
});

describe('scoreScan: one condition across respondents', () => {
  const questionnaire = makeQuestionnaire({
    conditions: ['leadership', 'community', 'business', 'culture', 'network'].map((id) => ({
      id,
      items: 3,
      reverse: id === 'leadership' ? [3] : [],
    })),
  });
  // three items per condition; leadership_3 is reverse.
  // r1: 5, 4, 1→5 → 14/3;  r2: 4, 4, 2→4 → 4;  r3: 2, 3, null → 2.5 (2/3 ≥ 0.6);  r4: null, null, 3 → insufficient
  const scores = scoreScan({
    questionnaire,
    responses: [
      { respondentId: 'r1', answers: { leadership_1: 5, leadership_2: 4, leadership_3: 1 } },
      { respondentId: 'r2', answers: { leadership_1: 4, leadership_2: 4, leadership_3: 2 } },
      { respondentId: 'r3', answers: { leadership_1: 2, leadership_2: 3, leadership_3: null } },
      { respondentId: 'r4', answers: { leadership_1: null, leadership_2: null, leadership_3: 3 } },
    ],
  });

  it('takes the median of sufficient respondents, with IQR, score, membership and band', () => {
    const leadership = scores.conditions.leadership;
    // sorted means 2.5, 4, 14/3: median 4
    expect(leadership?.mean).toBe(4);
    // (4 − 1) / 4 × 100
    expect(leadership?.score).toBe(75);
    // t = (4 − 3.25) / 1 = 0.75 → 1 / (1 + 19^−0.75)
    expect(leadership?.membership).toBeCloseTo(1 / (1 + 19 ** -0.75), 12);
    // Q1: h = 0.5 → 2.5 + 0.5 × 1.5 = 3.25; Q3: h = 1.5 → 4 + 0.5 × 2/3 = 13/3; IQR = 13/3 − 13/4 = 13/12
    expect(leadership?.iqr).toBeCloseTo(13 / 12, 12);
    expect(leadership?.respondents).toBe(3);
    expect(leadership?.insufficient).toBe(false);
    expect(leadership?.band).toBe('middle');
  });

  it('marks conditions nobody answered as insufficient', () => {
    expect(scores.conditions.culture).toEqual({
      mean: null,
      score: null,
      membership: null,
      iqr: null,
      q1: null,
      q3: null,
      respondents: 0,
      insufficient: true,
      band: null,
    });
  });

  it('gives paths with an insufficient condition no membership and names it the bottleneck', () => {
    expect(scores.paths.A).toEqual({ membership: null, fits: false, bottleneck: 'culture' });
    expect(scores.paths.B).toEqual({ membership: null, fits: false, bottleneck: 'culture' });
    expect(scores.viability).toBeNull();
    expect(scores.closestPath).toBeNull();
    // an insufficient necessary condition counts as missing
    expect(scores.necessaryMissing).toEqual(['culture']);
  });

  it('finds discussion points on raw answers (gap of 3 or more)', () => {
    // leadership_1: 5, 4, 2 → 5 − 2 = 3 ✓; leadership_2: 4, 4, 3 → 1; leadership_3: 1, 2, 3 → 2
    expect(scores.discussionPoints).toEqual(['leadership_1']);
  });
});

describe('scoreScan: median over respondent counts', () => {
  it.each<[string, number[], number, number | null]>([
    ['one respondent', [3], 3, null],
    // (3 + 4) / 2
    ['two respondents (even)', [3, 4], 3.5, null],
    // sorted 2, 4, 5 → 4; IQR: Q1 = 2 + 0.5 × 2 = 3, Q3 = 4 + 0.5 × 1 = 4.5 → 1.5
    ['three respondents (odd)', [5, 2, 4], 4, 1.5],
    // sorted 1, 2, 4, 5 → (2 + 4) / 2 = 3; Q1: h = 0.75 → 1.75; Q3: h = 2.25 → 4.25 → 2.5
    ['four respondents (even)', [1, 5, 2, 4], 3, 2.5],
    // sorted 1, 2, 3, 4, 5 → 3; Q1 = 2, Q3 = 4 → 2
    ['five respondents (odd)', [3, 1, 4, 5, 2], 3, 2],
  ])('%s', (_name, values, median, iqr) => {
    const scores = scan(...values.map((value) => ({ community: value })));
    expect(scores.conditions.community?.mean).toBe(median);
    expect(scores.conditions.community?.iqr).toBe(iqr);
    expect(scores.conditions.community?.respondents).toBe(values.length);
  });

  it('scores no respondents as insufficient everywhere', () => {
    const scores = scoreScan({ questionnaire, responses: [] });
    expect(Object.values(scores.conditions).every((c) => c.insufficient)).toBe(true);
    expect(scores.viability).toBeNull();
  });
});
