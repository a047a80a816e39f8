// Trends across the published 1.0.0 and the fixture 1.1.0: the numbers by hand, each point's version,
// and what changed between the versions as the reader of the trends is told it.
import { describe, expect, it } from 'vitest';
import { conditionTrends } from '../../src/domain/scoring/trends';
import { englishTranslate } from '../../src/wording/english';
import { trendChangeText } from '../../src/wording/version-change-text';
import { selfScanV1 } from '../support/questionnaires';
import { expectedCulture, selfScanV11, twoVersionScans } from '../support/two-versions';

describe('trends across ck-selfscan 1.0.0 and 1.1.0', () => {
  const { trends, unmapped, versionChanges } = conditionTrends({
    scans: twoVersionScans(),
    target: selfScanV11,
    questionnaires: [selfScanV1, selfScanV11],
  });

  it('scores both scans on 1.1.0, the renamed item carried over, the added one missing from the first', () => {
    expect(unmapped).toEqual([]);
    const culture = trends.find((t) => t.condition === 'culture')!;
    expect(culture.points.map((p) => p.version)).toEqual(['1.0.0', '1.1.0']);
    expect(culture.points[0]!.mean).toBeCloseTo(expectedCulture.spring.mean, 12);
    expect(culture.points[0]!.score).toBeCloseTo(expectedCulture.spring.score, 12);
    expect(culture.points[1]!.mean).toBeCloseTo(expectedCulture.autumn.mean, 12);
    expect(culture.points[1]!.score).toBeCloseTo(expectedCulture.autumn.score, 12);
    const leadership = trends.find((t) => t.condition === 'leadership')!;
    expect(leadership.points.map((p) => p.score)).toEqual([null, null]);
  });

  it('lists the changes between the versions that touch the lines', () => {
    expect(versionChanges).toHaveLength(1);
    const [step] = versionChanges;
    const title = (id: string) => selfScanV11.conditions.find((c) => c.id === id)!.title.en;
    const lines = step!.changes.map((c) => trendChangeText(c, step!, title, englishTranslate));
    expect(lines).toEqual([
      'community_1 (Ties with the community) was reworded in version 1.1.0.',
      'culture_3 of version 1.0.0 is culture_agreements in version 1.1.0 (Shared entrepreneurial culture): its answers are carried over.',
      'culture_7 (Shared entrepreneurial culture) did not exist in version 1.0.0: the earlier scans have no answers to it.',
    ]);
  });
});
