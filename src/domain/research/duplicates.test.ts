import { describe, expect, it } from 'vitest';
import { fakeAnonymised, type FakeResult } from '../../../tests/research/fake-anonymised';
import { aggregateResearch } from './aggregate';
import { findDuplicateRows } from './duplicates';
import { selectTableRows } from './select-rows';
import { buildResearchTable } from './table-builder';

const fake = (input: FakeResult, i: number, digest = String(i).padStart(64, '0')) => ({
  ...fakeAnonymised(input, i),
  digest,
});
const a = fake({ means: { culture: 2 }, sector: 'energy', id: 'scan-a' }, 0);
const b = fake({ means: { culture: 4 }, sector: 'care', id: 'scan-b' }, 1);
const c = fake({ means: { culture: 5 }, sector: 'food', id: 'scan-c' }, 2);

describe('findDuplicateRows and selectTableRows', () => {
  it('keeps each result once, by digest or by result id, and lists the repeats', () => {
    const sameIdOtherDigest = { ...b, digest: 'f'.repeat(64) };
    const table = buildResearchTable([a, b, a, c, sameIdOtherDigest]);
    const { keep, duplicates } = findDuplicateRows(table);
    expect(keep).toEqual([0, 1, 3]);
    expect(duplicates).toEqual([
      { row: 2, of: 0, by: 'digest' },
      { row: 4, of: 1, by: 'result-id' },
    ]);
    // the kept rows aggregate exactly as a batch that never held the repeats
    const kept = selectTableRows(table, keep);
    const clean = buildResearchTable([a, b, c]);
    expect(aggregateResearch(kept)).toEqual(aggregateResearch(clean));
    expect(kept.sector.values).toEqual(['energy', 'care', 'food']);
  });
});
