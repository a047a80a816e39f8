import { describe, expect, it } from 'vitest';
import { counted } from '../../scripts/lib/counted';
import { casesLine } from '../../scripts/lib/print-research';

describe('the command line counts in words', () => {
  it('uses the singular for exactly one and the plural otherwise, zero included', () => {
    expect(counted(1, 'case')).toBe('1 case');
    expect(counted(0, 'case')).toBe('0 cases');
    expect(counted(2, 'other scan')).toBe('2 other scans');
    expect(counted(1, 'child', 'children')).toBe('1 child');
    expect(counted(3, 'child', 'children')).toBe('3 children');
  });

  it('says how the cases were chosen with each count in its own number', () => {
    expect(
      casesLine({
        choice: 'latest',
        cases: 2,
        pseudonyms: 1,
        withoutPseudonym: 1,
        scansLeftOut: 1,
      }),
    ).toBe(
      'cases: latest scan per pseudonym (1 pseudonym, 1 result without a pseudonym, its own case, 1 other scan left out)',
    );
    expect(
      casesLine({
        choice: 'first',
        cases: 4,
        pseudonyms: 2,
        withoutPseudonym: 2,
        scansLeftOut: 0,
      }),
    ).toBe(
      'cases: first scan per pseudonym (2 pseudonyms, 2 results without a pseudonym, each its own case, 0 other scans left out)',
    );
  });
});
