import { describe, expect, it } from 'vitest';
import { fakeAnonymised, type FakeResult } from '../../../tests/research/fake-anonymised';
import { consecutiveChanges } from './changes';
import { buildResearchTable } from './table-builder';

const P = 'p'.repeat(64);
const Q = 'q'.repeat(64);

// P in 2022, 2024 and 2023 (read out of order), Q in 2023 and 2024, one result without a pseudonym
const rows: FakeResult[] = [
  {
    pseudonym: P,
    year: 2022,
    means: { culture: 2, leadership: 1 },
    memberships: { culture: 0.2, leadership: 0.1 },
  },
  {
    pseudonym: P,
    year: 2024,
    means: { culture: 4, leadership: 1.2 },
    memberships: { culture: 0.9, leadership: 0.7 },
  },
  {
    pseudonym: Q,
    year: 2023,
    means: { culture: 4, leadership: 3 },
    memberships: { culture: 0.8, leadership: 0.6 },
  },
  {
    pseudonym: P,
    year: 2023,
    means: { culture: 3, leadership: 1 },
    memberships: { culture: 0.6, leadership: 0.3 },
  },
  {
    pseudonym: Q,
    year: 2024,
    means: { culture: 3.5, leadership: 3 },
    memberships: { culture: 0.7, leadership: 0.5 },
  },
  { year: 2024, means: { culture: 5, leadership: 5 } },
];
const changes = consecutiveChanges(buildResearchTable(rows.map(fakeAnonymised)), {
  margin: 0.25,
});

describe('consecutiveChanges (computed by hand)', () => {
  it('pairs consecutive scans of each pseudonym by year', () => {
    // P: 2022→2023, 2023→2024; Q: 2023→2024
    expect(changes.pairs).toBe(3);
    expect(changes.pseudonyms).toBe(2);
  });

  it('gives the mean change and the shares beyond the margin', () => {
    // culture: P +1, +1; Q −0.5 → mean 1.5/3 = 0.5; improved 2 of 3, declined 1 of 3
    expect(changes.conditions.culture?.mean).toBeCloseTo(0.5, 12);
    expect(changes.shifts.culture).toMatchObject({
      improved: 2,
      declined: 1,
      shareImproved: 2 / 3,
      shareDeclined: 1 / 3,
    });
    // leadership: P 0, +0.2; Q 0 → none beyond 0.25
    expect(changes.conditions.leadership?.mean).toBeCloseTo(0.2 / 3, 12);
    expect(changes.shifts.leadership).toMatchObject({ improved: 0, declined: 0 });
  });

  it('counts the changes into half-point bins from −4 to 4', () => {
    const counts = changes.shifts.culture?.histogram.counts ?? [];
    // +1 twice in [1, 1.5) = bin 10; −0.5 in [−0.5, 0) = bin 7
    expect(counts[10]).toBe(2);
    expect(counts[7]).toBe(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('counts transitions between truth-table rows, culture first', () => {
    expect(changes.configurationConditions).toEqual(['culture', 'leadership']);
    // P: 00 → 10 → 11; Q: 11 → (leadership at 0.5: no row)
    expect(changes.transitions).toEqual([
      { from: '00', to: '10', n: 1 },
      { from: '10', to: '11', n: 1 },
    ]);
    expect(changes.pairsWithoutConfiguration).toBe(1);
  });
});
