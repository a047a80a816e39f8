import { describe, expect, it } from 'vitest';
import { fakeAnonymised, type FakeResult } from '../../../tests/research/fake-anonymised';
import { selectCaseRows } from './cases';
import { buildResearchTable } from './table-builder';

const P = 'p'.repeat(64);
const Q = 'q'.repeat(64);

// rows: 0 P 2022, 1 none, 2 P 2024, 3 Q 2023, 4 P 2023, 5 none
const rows: FakeResult[] = [
  { means: { culture: 2 }, pseudonym: P, year: 2022 },
  { means: { culture: 3 } },
  { means: { culture: 4 }, pseudonym: P, year: 2024 },
  { means: { culture: 5 }, pseudonym: Q, year: 2023 },
  { means: { culture: 3 }, pseudonym: P, year: 2023 },
  { means: { culture: 1 } },
];
const table = buildResearchTable(rows.map(fakeAnonymised));

describe('selectCaseRows', () => {
  it.each([
    ['latest', [1, 2, 3, 5], 2],
    ['first', [0, 1, 3, 5], 2],
    ['all', [0, 1, 2, 3, 4, 5], 0],
  ] as const)(
    '%s: one case per pseudonym, each result without one its own case',
    (choice, expected, leftOut) => {
      const { rows: picked, selection } = selectCaseRows(table, choice);
      expect(picked).toEqual(expected);
      expect(selection).toEqual({
        choice,
        cases: expected.length,
        pseudonyms: 2,
        withoutPseudonym: 2,
        scansLeftOut: leftOut,
      });
    },
  );

  it('takes, of two scans in one year, the one read last as latest and the one read first as first', () => {
    const same = buildResearchTable(
      [
        { means: { culture: 2 }, pseudonym: P, year: 2023 },
        { means: { culture: 4 }, pseudonym: P, year: 2023 },
      ].map(fakeAnonymised),
    );
    expect(selectCaseRows(same, 'latest').rows).toEqual([1]);
    expect(selectCaseRows(same, 'first').rows).toEqual([0]);
  });
});
