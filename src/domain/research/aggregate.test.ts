import { describe, expect, it } from 'vitest';
import { fakeAnonymised } from '../../../tests/research/fake-anonymised';
import { aggregateResearch } from './aggregate';
import { buildResearchTable } from './table-builder';

const P = 'p'.repeat(64);
const Q = 'q'.repeat(64);

// Four results; culture 2, 3, 4, 5 and leadership 1, 2, 2, 5.
const table = buildResearchTable(
  [
    {
      means: { culture: 2, leadership: 1 },
      fits: { A: true },
      sector: 'energy',
      pseudonym: P,
      year: 2022,
    },
    {
      means: { culture: 3, leadership: 2 },
      fits: { A: false },
      sector: 'energy',
      pseudonym: Q,
      year: 2023,
      necessaryMissing: true,
    },
    {
      means: { culture: 4, leadership: 2 },
      fits: { A: true },
      sector: 'care',
      pseudonym: P,
      year: 2024,
    },
    {
      means: { culture: 5, leadership: 5 },
      fits: { A: false },
      sector: 'care',
      pseudonym: Q,
      year: 2023,
    },
  ].map(fakeAnonymised),
);
const aggregate = aggregateResearch(table);

describe('aggregateResearch (computed by hand)', () => {
  it('counts per questionnaire version', () => {
    expect(aggregate.n).toBe(4);
    expect(aggregate.byQuestionnaire).toEqual([
      { id: 'ck-selfscan', version: '1.0.0', sha256: 'a'.repeat(64), n: 4 },
    ]);
  });

  it('summarises a condition with type-7 quartiles', () => {
    // culture sorted 2 3 4 5: mean 14/4 = 3.5; median h = 3·0.5 = 1.5 → 3 + 0.5·1 = 3.5;
    // q1 h = 0.75 → 2 + 0.75·1 = 2.75; q3 h = 2.25 → 4 + 0.25·1 = 4.25; IQR 1.5
    expect(aggregate.conditions.culture?.summary).toEqual({
      n: 4,
      mean: 3.5,
      median: 3.5,
      q1: 2.75,
      q3: 4.25,
      iqr: 1.5,
      min: 2,
      max: 5,
    });
    // bins of 0.25 from 1: 2 → bin 4, 3 → bin 8, 4 → bin 12, 5 → the last bin (15), which is closed
    const counts = aggregate.conditions.culture?.histogram.counts ?? [];
    expect(counts.map((c, i) => (c > 0 ? i : -1)).filter((i) => i >= 0)).toEqual([4, 8, 12, 15]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('splits by sector', () => {
    const sectors = aggregate.splits.sector;
    expect(sectors.map((g) => [g.value, g.n])).toEqual([
      ['care', 2],
      ['energy', 2],
    ]);
    // care: culture 4 and 5 → mean and median 4.5, no quartiles under three values
    expect(sectors[0]?.conditions.culture).toMatchObject({
      n: 2,
      mean: 4.5,
      median: 4.5,
      q1: null,
      iqr: null,
    });
  });

  it('gives route and necessary-condition shares', () => {
    expect(aggregate.routes).toEqual([{ id: 'A', n: 4, fits: 2, share: 0.5 }]);
    expect(aggregate.necessaryMissing).toEqual({ count: 1, share: 0.25 });
  });

  it('correlates the conditions (Pearson)', () => {
    // x = 2 3 4 5 (mean 3.5), y = 1 2 2 5 (mean 2.5): Σdxdy = 2.25 + 0.25 − 0.25 + 3.75 = 6,
    // Σdx² = 5, Σdy² = 2.25 + 0.25 + 0.25 + 6.25 = 9 → r = 6 / √45 = 0.894427…
    const { ids, r, n } = aggregate.correlations;
    expect(ids).toEqual(['culture', 'leadership']);
    expect(r[0]?.[1]).toBeCloseTo(6 / Math.sqrt(45), 12);
    expect(r[1]?.[0]).toBeCloseTo(6 / Math.sqrt(45), 12);
    expect(r[0]?.[0]).toBeCloseTo(1, 12);
    expect(n[0]?.[1]).toBe(4);
  });

  it('follows consecutive scans per pseudonym', () => {
    // P: 2022 (culture 2, leadership 1) → 2024 (4, 2): +2, +1. Q: two scans in 2023, read order: (3, 2) → (5, 5): +2, +3
    expect(aggregate.changes.pseudonyms).toBe(2);
    expect(aggregate.changes.pairs).toBe(2);
    expect(aggregate.changes.conditions.culture).toMatchObject({ n: 2, mean: 2, median: 2 });
    expect(aggregate.changes.conditions.leadership).toMatchObject({
      n: 2,
      mean: 2,
      min: 1,
      max: 3,
    });
  });

  it('leaves insufficient conditions out and counts them', () => {
    const withGap = aggregateResearch(
      buildResearchTable([
        fakeAnonymised({ means: { culture: null } }),
        fakeAnonymised({ means: { culture: 4 } }),
      ]),
    );
    expect(withGap.conditions.culture?.insufficient).toBe(1);
    expect(withGap.conditions.culture?.summary).toMatchObject({ n: 1, mean: 4, median: 4 });
  });
});
