// Test-only: the self-scan 1.0.0 and the fixture 1.1.0 published next to it (tests/fixtures/
// questionnaires/ck-selfscan-1.1.0.json: community_1 reworded, culture_3 renamed culture_agreements,
// culture_7 added), and two closed scans of one collective, one on each, with hand-computed trends.
import published from '../../questionnaires/ck-selfscan/1.0.0.json';
import next from '../fixtures/questionnaires/ck-selfscan-1.1.0.json';
import type { Answers } from '../../src/domain/questionnaire/schema';
import { questionnaireSchema } from '../../src/domain/questionnaire/schema';
import type { TrendScan } from '../../src/domain/scoring/trends';
import { selfScanV1 } from './questionnaires';

export const selfScanV1Raw: unknown = published;
export const selfScanV11Raw: unknown = next;
export const selfScanV11 = questionnaireSchema.parse(next);

/** Culture answers of two respondents per scan; nothing else answered, so only culture has a score. */
export const springAnswers: Answers[] = [
  // 4, reverse 2 → 4, 5, 3, 4, 4: mean 24 / 6 = 4
  { culture_1: 4, culture_2: 2, culture_3: 5, culture_4: 3, culture_5: 4, culture_6: 4 },
  // 3, reverse 3 → 3, 3, 3, 3, 3: mean 3
  { culture_1: 3, culture_2: 3, culture_3: 3, culture_4: 3, culture_5: 3, culture_6: 3 },
];
export const autumnAnswers: Answers[] = [
  // 5, reverse 1 → 5, 5, 4, 4, 4, 3: mean 30 / 7
  {
    culture_1: 5,
    culture_2: 1,
    culture_agreements: 5,
    culture_4: 4,
    culture_5: 4,
    culture_6: 4,
    culture_7: 3,
  },
  // 2, reverse 4 → 2, 2, 2, 2, 2, 2: mean 2
  {
    culture_1: 2,
    culture_2: 4,
    culture_agreements: 2,
    culture_4: 2,
    culture_5: 2,
    culture_6: 2,
    culture_7: 2,
  },
];

/**
 * Culture on 1.1.0 (7 items; 6 answered in spring is a share of 0.86 ≥ 0.6, culture_3 counted as
 * culture_agreements): spring median (4 + 3) / 2 = 3.5 → (3.5 − 1) / 4 × 100 = 62.5; autumn median
 * (30/7 + 2) / 2 = 22/7 → (22/7 − 1) / 4 × 100 = 1500/28 = 53.571…; shown 63 and 54. Had culture_3
 * not moved, spring would be median of 3.8 and 3 = 3.4 → 60.
 */
export const expectedCulture = {
  spring: { mean: 3.5, score: 62.5, shown: 63 },
  autumn: { mean: 22 / 7, score: 1500 / 28, shown: 54 },
};

/** The two closed scans as the domain's trends take them. */
export function twoVersionScans(): TrendScan[] {
  const responses = (answers: Answers[], scan: string) =>
    answers.map((a, i) => ({ respondentId: `${scan}-${i + 1}`, answers: a }));
  return [
    {
      id: 'spring',
      label: 'Voorjaar 2026',
      closedAt: '2026-04-01T10:00:00.000Z',
      questionnaire: selfScanV1,
      responses: responses(springAnswers, 'spring'),
    },
    {
      id: 'autumn',
      label: 'Najaar 2026',
      closedAt: '2026-10-01T10:00:00.000Z',
      questionnaire: selfScanV11,
      responses: responses(autumnAnswers, 'autumn'),
    },
  ];
}
