import { describe, expect, it } from 'vitest';
import { fakeAnonymised } from '../../../tests/research/fake-anonymised';
import { analyseMembershipTable, runFsqca } from './fsqca';
import type { FsqcaOutcome, MembershipTable } from './fsqca-types';
import { buildResearchTable } from './table-builder';

// Five cases, conditions culture c and network w, outcome y:
//   1: c .9 w .8 y .9   2: c .7 w .3 y .6   3: c .2 w .6 y .3   4: c .5 w .9 y .8 (at crossover)   5: c .1 w .2 y .1
const table: MembershipTable = {
  conditionIds: ['culture', 'network'],
  caseIds: ['c1', 'c2', 'c3', 'c4', 'c5'],
  pseudonyms: [null, null, null, null, null],
  memberships: {
    culture: Float64Array.from([0.9, 0.7, 0.2, 0.5, 0.1]),
    network: Float64Array.from([0.8, 0.3, 0.6, 0.9, 0.2]),
  },
  outcome: Float64Array.from([0.9, 0.6, 0.3, 0.8, 0.1]),
  excluded: { missingMembership: 0, missingOutcome: 0 },
};
const outcome: FsqcaOutcome = { kind: 'values', label: 'active', byPseudonym: {} };
const routes = [{ id: 'X', conditions: ['culture', 'network'] }];
const result = analyseMembershipTable({
  table,
  outcome,
  routes,
  thresholds: { frequency: 1, consistency: 0.8 },
});

describe('fsQCA on five cases (computed by hand)', () => {
  it('puts each case in the row where its membership is above 0.5, and case 4 (c = 0.5) apart', () => {
    // 1 → 11 (min(.9,.8) = .8), 2 → 10 (min(.7,.7) = .7), 3 → 01 (min(.8,.6) = .6), 5 → 00 (min(.9,.8) = .8)
    expect(result.truthTable.map((row) => [row.key, row.n])).toEqual([
      ['00', 1],
      ['01', 1],
      ['10', 1],
      ['11', 1],
    ]);
    expect(result.atCrossover).toEqual(['c4']);
    expect(result.n).toBe(5);
  });

  it('gives raw and PRI consistency per row over all cases', () => {
    // 1 − y = .1 .4 .7 .2 .9
    // 11: X = .8 .3 .2 .5 .1 (ΣX 1.9); min(X,y) = .8 .3 .2 .5 .1 (1.9) → 1; min(X,y,1−y) = .1 .3 .2 .2 .1 (.9) → PRI (1.9−.9)/(1.9−.9) = 1
    // 10: X = .2 .7 .2 .1 .1 (1.3); min(X,y) = .2 .6 .2 .1 .1 (1.2) → 1.2/1.3; min(X,y,1−y) = .1 .4 .2 .1 .1 (.9) → PRI .3/.4 = .75
    // 01: X = .1 .3 .6 .5 .2 (1.7); min(X,y) = .1 .3 .3 .5 .1 (1.3) → 1.3/1.7; min(X,y,1−y) = .1 .3 .3 .2 .1 (1.0) → PRI .3/.7
    // 00: X = .1 .3 .4 .1 .8 (1.7); min(X,y) = .1 .3 .3 .1 .1 (.9) → .9/1.7; min(X,y,1−y) = .1 .3 .3 .1 .1 (.9) → PRI 0/.8 = 0
    const byKey = Object.fromEntries(result.truthTable.map((row) => [row.key, row]));
    const expected = {
      '11': [1, 1],
      '10': [1.2 / 1.3, 0.75],
      '01': [1.3 / 1.7, 0.3 / 0.7],
      '00': [0.9 / 1.7, 0],
    };
    for (const [key, [consistency, pri]] of Object.entries(expected)) {
      expect(byKey[key]?.consistency, key).toBeCloseTo(consistency as number, 10);
      expect(byKey[key]?.pri, key).toBeCloseTo(pri as number, 10);
    }
    // cut-off 0.8: 11 (1) and 10 (.923) are 1; 01 (.765) and 00 (.529) are 0
    expect(result.truthTable.map((row) => row.outcome)).toEqual([0, 0, 1, 1]);
  });

  it('makes rows with fewer cases than the frequency cut-off remainders, and returns the thresholds', () => {
    const strict = analyseMembershipTable({
      table,
      outcome,
      routes,
      thresholds: { frequency: 2, consistency: 0.8 },
    });
    expect(strict.truthTable.every((row) => row.outcome === null)).toBe(true);
    expect(strict.thresholds).toEqual({ frequency: 2, consistency: 0.8 });
  });

  it('gives sufficiency of a route and necessity of each condition', () => {
    // route X = c ∧ w = .8 .3 .2 .5 .1: Σmin(X,y) = 1.9, ΣX = 1.9, Σy = 2.7 → consistency 1, coverage 1.9/2.7
    expect(result.sufficiency[0]?.consistency).toBeCloseTo(1, 10);
    expect(result.sufficiency[0]?.coverage).toBeCloseTo(1.9 / 2.7, 10);
    // culture: Σmin(c,y) = .9 + .6 + .2 + .5 + .1 = 2.3; Σc = 2.4 → consistency 2.3/2.7, coverage 2.3/2.4
    // network: Σmin(w,y) = .8 + .3 + .3 + .8 + .1 = 2.3; Σw = 2.8 → consistency 2.3/2.7, coverage 2.3/2.8
    const [culture, network] = result.necessity;
    expect(culture?.id).toBe('culture');
    expect(culture?.consistency).toBeCloseTo(2.3 / 2.7, 10);
    expect(culture?.coverage).toBeCloseTo(2.3 / 2.4, 10);
    expect(network?.consistency).toBeCloseTo(2.3 / 2.7, 10);
    expect(network?.coverage).toBeCloseTo(2.3 / 2.8, 10);
  });
});

describe('runFsqca', () => {
  it('joins the outcome by pseudonym, puts culture first and counts the cases left out', () => {
    const files = [
      {
        means: { network: 4, culture: 4 },
        memberships: { network: 0.9, culture: 0.8 },
        pseudonym: 'a'.repeat(64),
      },
      {
        means: { network: 3, culture: 2 },
        memberships: { network: 0.4, culture: 0.1 },
        pseudonym: 'b'.repeat(64),
      },
      { means: { network: 3, culture: null }, pseudonym: 'a'.repeat(64) },
      { means: { network: 3, culture: 3 }, memberships: { network: 0.4, culture: 0.4 } },
    ].map(fakeAnonymised);
    const { membershipTable, result: figures } = runFsqca({
      table: buildResearchTable(files),
      outcome: {
        kind: 'values',
        label: 'active',
        byPseudonym: { ['a'.repeat(64)]: 1, ['b'.repeat(64)]: 0 },
      },
    });
    expect(membershipTable.conditionIds).toEqual(['culture', 'network']);
    expect(membershipTable.caseIds).toEqual(['scan-1', 'scan-2']);
    expect(Array.from(membershipTable.outcome)).toEqual([1, 0]);
    expect(membershipTable.excluded).toEqual({ missingMembership: 1, missingOutcome: 1 });
    expect(figures.thresholds).toEqual({ frequency: 1, consistency: 0.8 });
  });

  it('calibrates a profile outcome with the stated anchors', () => {
    const file = {
      ...fakeAnonymised({ means: { culture: 4 }, memberships: { culture: 0.9 }, year: 2025 }),
    };
    file.collective = { ...file.collective, foundingDecade: 2010 };
    // age = 2025 − (2010 + 5) = 10 = the inclusion anchor → 0.95
    const { membershipTable } = runFsqca({
      table: buildResearchTable([file]),
      outcome: {
        kind: 'profile',
        variable: 'age',
        anchors: { exclusion: 2, crossover: 5, inclusion: 10 },
      },
    });
    expect(membershipTable.outcome[0]).toBeCloseTo(0.95, 10);
  });
});
