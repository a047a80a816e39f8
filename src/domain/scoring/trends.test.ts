import { describe, expect, it } from 'vitest';
import mini1Raw from '../../../tests/fixtures/questionnaires/mini-1.0.0.json';
import mini2Raw from '../../../tests/fixtures/questionnaires/mini-2.0.0.json';
import { questionnaireSchema } from '../questionnaire/schema';
import { conditionTrends } from './trends';

const mini1 = questionnaireSchema.parse(mini1Raw);
const mini2 = questionnaireSchema.parse(mini2Raw);

describe('conditionTrends', () => {
  it('scores an older scan on the newer version through its migration, in time order', () => {
    const spring = {
      id: 'spring',
      label: 'Voorjaar',
      closedAt: '2027-04-01T00:00:00.000Z',
      questionnaire: mini1,
      // business on v1: own-income 2, budget 2, reserves 5 → on v2 reserves becomes buffer
      responses: [
        {
          respondentId: 'a',
          answers: {
            'biz-own-income': 2,
            'biz-budget': 2,
            'biz-reserves': 5,
            'net-partners': 4,
            'net-municipality': 1,
            'net-peers': 4,
          },
        },
      ],
    };
    const autumn = {
      id: 'autumn',
      label: 'Najaar',
      closedAt: '2027-10-01T00:00:00.000Z',
      questionnaire: mini2,
      responses: [
        { respondentId: 'a', answers: { 'biz-own-income': 4, 'biz-budget': 4, 'biz-buffer': 4 } },
      ],
    };
    const { trends, unmapped } = conditionTrends({
      scans: [autumn, spring],
      target: mini2,
      questionnaires: [mini1, mini2],
    });
    expect(unmapped).toEqual([]);
    const business = trends.find((t) => t.condition === 'business')!;
    // spring: (2 + 2 + 5) / 3 = 3 → score (3 − 1) / 4 × 100 = 50; autumn: 4 → 75
    expect(business.points.map((p) => [p.scanId, p.mean, p.score])).toEqual([
      ['spring', 3, 50],
      ['autumn', 4, 75],
    ]);
    // network on v2 has net-partners, net-peers, net-funders; the dropped net-municipality no longer counts:
    // spring answered 2 of 3 items (share 0.67 ≥ 0.6): (4 + 4) / 2 = 4 → 75
    const network = trends.find((t) => t.condition === 'network')!;
    expect(network.points[0]).toMatchObject({ mean: 4, score: 75 });
    expect(network.points[1]).toMatchObject({ mean: null, score: null });
  });

  it('leaves out a scan that no migration chain reaches, and says which', () => {
    const later = {
      id: 'v2',
      label: 'x',
      closedAt: '2027-01-01T00:00:00.000Z',
      questionnaire: mini2,
      responses: [],
    };
    const { trends, unmapped } = conditionTrends({
      scans: [later],
      target: mini1,
      questionnaires: [mini1, mini2],
    });
    expect(unmapped).toEqual(['v2']);
    expect(trends.every((t) => t.points.length === 0)).toBe(true);
  });
});
