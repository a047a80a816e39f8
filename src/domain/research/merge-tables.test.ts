import { describe, expect, it } from 'vitest';
import { fakeAnonymised } from '../../../tests/research/fake-anonymised';
import type { AnonymisedResultFile } from '../files/anonymised-result-file';
import { mergeResearchTables } from './merge-tables';
import { buildResearchTable } from './table-builder';

const a: AnonymisedResultFile = {
  ...fakeAnonymised({ means: { culture: 2 }, sector: 'x', pseudonym: 'p1', year: 2020 }, 0),
  responses: [{ respondentId: 'r1', answers: { q1: 1 } }],
};
const b: AnonymisedResultFile = {
  ...fakeAnonymised({ means: { culture: 4, network: 3 }, sector: 'y', fits: { B: true } }, 1),
  responses: [
    { respondentId: 'r2', answers: { q2: 'yes' } },
    { respondentId: 'r3', answers: { q1: 5, q2: null } },
  ],
};
const c = fakeAnonymised({ means: { culture: null }, sector: 'x', pseudonym: 'p1' }, 2);

describe('mergeResearchTables', () => {
  it('joins tables built apart into the table one builder makes of all files in order', () => {
    const merged = mergeResearchTables([buildResearchTable([a]), buildResearchTable([b, c])]);
    expect(merged).toEqual(buildResearchTable([a, b, c]));
  });

  it('renumbers categories, pads columns a part lacks, and places answers under the joined items', () => {
    const merged = mergeResearchTables([
      buildResearchTable([a]),
      buildResearchTable([b]),
      buildResearchTable([c]),
    ]);
    expect(merged.n).toBe(3);
    expect(merged.resultIds).toEqual(['scan-1', 'scan-2', 'scan-3']);
    expect(merged.sector.values).toEqual(['x', 'y']);
    expect([...merged.sector.codes]).toEqual([0, 1, 0]);
    expect(merged.pseudonym.values).toEqual(['p1', null]);
    expect([...merged.pseudonym.codes]).toEqual([0, 1, 0]);
    expect(merged.conditionIds).toEqual(['culture', 'network']);
    expect([...(merged.means.culture ?? [])]).toEqual([2, 4, NaN]);
    expect([...(merged.means.network ?? [])]).toEqual([NaN, 3, NaN]);
    expect(merged.routeIds).toEqual(['A', 'B']);
    expect([...(merged.routeFits.B ?? [])]).toEqual([0, 1, 0]);
    expect([...(merged.routeMemberships.A ?? [])]).toEqual([0.2, NaN, 0.2]);
    expect([...merged.year]).toEqual([2020, NaN, NaN]);
    // respondents r1 (row 0), r2 and r3 (row 1); items q1, q2; yes = 1, don't know = 0, none = -1
    expect([...merged.respondentRow]).toEqual([0, 1, 1]);
    expect(merged.respondentIds).toEqual(['r1', 'r2', 'r3']);
    expect(merged.itemIds).toEqual(['q1', 'q2']);
    expect([...merged.answers]).toEqual([1, -1, -1, 1, 5, 0]);
  });

  it('merges no tables into an empty one', () => {
    expect(mergeResearchTables([])).toEqual(buildResearchTable([]));
  });
});
