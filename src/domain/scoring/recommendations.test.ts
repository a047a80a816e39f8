import { describe, expect, it } from 'vitest';
import type { Band } from '../questionnaire/schema';
import { selectRecommendations } from './recommendations';
import type { ScanScores } from './scan-scores-schema';
import { makeQuestionnaire } from '../../../tests/support/test-questionnaire';

const questionnaire = makeQuestionnaire();

function scores(
  conditions: Record<string, [number | null, Band | null]>,
  paths: Record<string, [number | null, string]>,
  closestPath: string | null,
): ScanScores {
  return {
    conditions: Object.fromEntries(
      Object.entries(conditions).map(([id, [membership, band]]) => [
        id,
        {
          mean: null,
          score: null,
          membership,
          iqr: null,
          q1: null,
          q3: null,
          respondents: 1,
          insufficient: membership === null,
          band,
        },
      ]),
    ),
    paths: Object.fromEntries(
      Object.entries(paths).map(([id, [membership, bottleneck]]) => [
        id,
        { membership, fits: (membership ?? 0) > 0.5, bottleneck },
      ]),
    ),
    viability: null,
    necessaryMissing: [],
    discussionPoints: [],
    closestPath,
    traits: { items: {}, total: { yes: 0, partly: 0, no: 0, unanswered: 0 } },
  };
}

describe('selectRecommendations', () => {
  it.each<[string, ScanScores, string[]]>([
    [
      // A = min(0.8, 0.7, 0.6) = 0.6 (bottleneck network) is closest; then ascending 0.2, 0.3, 0.7, 0.8
      'bottleneck of the closest path first, then by ascending membership',
      scores(
        {
          leadership: [0.7, 'middle'],
          community: [0.2, 'low'],
          business: [0.3, 'low'],
          culture: [0.8, 'middle'],
          network: [0.6, 'middle'],
        },
        { A: [0.6, 'network'], B: [0.2, 'community'] },
        'A',
      ),
      ['network', 'community', 'business', 'leadership', 'culture'],
    ],
    [
      // ties keep questionnaire order (leadership before community); business insufficient: left out
      'ties in questionnaire order, insufficient conditions left out',
      scores(
        {
          leadership: [0.4, 'low'],
          community: [0.4, 'low'],
          business: [null, null],
          culture: [0.9, 'high'],
          network: [0.95, 'high'],
        },
        { A: [0.4, 'leadership'], B: [null, 'business'] },
        'A',
      ),
      ['leadership', 'community', 'culture', 'network'],
    ],
    [
      'no closest path: ascending membership only',
      scores(
        {
          leadership: [0.9, 'high'],
          community: [0.1, 'low'],
          business: [0.5, 'middle'],
          culture: [null, null],
          network: [0.3, 'low'],
        },
        { A: [null, 'culture'], B: [null, 'culture'] },
        null,
      ),
      ['community', 'network', 'business', 'leadership'],
    ],
  ])('%s', (_name, scanScores, order) => {
    const groups = selectRecommendations({ questionnaire, scores: scanScores });
    expect(groups.map((group) => group.condition)).toEqual(order);
  });

  it('gives each condition the recommendations of its band', () => {
    const groups = selectRecommendations({
      questionnaire,
      scores: scores(
        { leadership: [0.2, 'low'], culture: [0.8, 'middle'] },
        { A: [0.2, 'leadership'] },
        'A',
      ),
    });
    expect(groups).toEqual([
      expect.objectContaining({
        condition: 'leadership',
        band: 'low',
        isBottleneck: true,
        recommendations: [
          expect.objectContaining({ text: { nl: 'leadership low', en: 'leadership low' } }),
        ],
      }),
      expect.objectContaining({
        condition: 'culture',
        band: 'middle',
        isBottleneck: false,
        recommendations: [expect.objectContaining({ band: 'middle', condition: 'culture' })],
      }),
    ]);
  });
});
