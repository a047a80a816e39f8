import { describe, expect, it } from 'vitest';
import { createSeededRandom, pick, randomInt } from '../random';
import { planKAnonymity, type QuasiRecord } from './k-anonymity';
import { publishedQuasi } from './anonymised-file';
import { quasiIdentifierIds, suppressed, topLevel } from './quasi-identifiers';

const base: QuasiRecord = {
  sector: 'energy',
  legalForm: 'cooperative',
  memberBand: 'from26to100',
  province: 'utrecht',
  foundingDecade: 2010,
};

/** The published combinations and how many results share each. */
function combinations(records: QuasiRecord[], k: number) {
  const plan = planKAnonymity({ records, k });
  const top = Object.fromEntries(quasiIdentifierIds.map((id) => [id, topLevel(id)]));
  const suppressedSet = new Set(plan.suppressedRecords);
  const counts = new Map<string, number>();
  records.forEach((record, i) => {
    const levels = suppressedSet.has(i) ? top : plan.levels;
    const key = JSON.stringify(publishedQuasi(record, levels as typeof plan.levels));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return { plan, counts };
}

const allSuppressedKey = JSON.stringify(
  Object.fromEntries(quasiIdentifierIds.map((id) => [id, suppressed])),
);

describe('planKAnonymity', () => {
  it('keeps everything as given when every result shares one combination', () => {
    const { plan, counts } = combinations(
      Array.from({ length: 5 }, () => ({ ...base })),
      5,
    );
    expect(plan.levels).toEqual({
      sector: 0,
      legalForm: 0,
      memberBand: 0,
      province: 0,
      foundingDecade: 0,
    });
    expect([...counts.values()]).toEqual([5]);
  });

  it('generalises a province to its region when that joins the groups', () => {
    // 3 in utrecht, 3 in noordHolland: both west; every other identifier equal
    const records = [
      ...Array.from({ length: 3 }, () => ({ ...base })),
      ...Array.from({ length: 3 }, () => ({ ...base, province: 'noordHolland' })),
    ];
    const { plan, counts } = combinations(records, 5);
    expect(plan.levels.province).toBe(1);
    expect(plan.suppressedRecords).toEqual([]);
    expect([...counts.values()]).toEqual([6]);
  });

  it('in a small batch suppresses everything: four results cannot be 5-anonymous', () => {
    const records = Array.from({ length: 4 }, () => ({ ...base }));
    const { plan, counts } = combinations(records, 5);
    expect(plan.suppressedRecords).toEqual([0, 1, 2, 3]);
    expect([...counts.keys()]).toEqual([allSuppressedKey]);
  });

  it('with one outlier among seven, does not leave a suppressed group smaller than k', () => {
    const records = [
      ...Array.from({ length: 6 }, () => ({ ...base })),
      { ...base, sector: 'care', province: 'limburg', foundingDecade: 1950 },
    ];
    const { counts } = combinations(records, 5);
    for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(5);
  });

  it.each([3, 5, 10])('holds k = %i on random batches of every size from 1 to 60', (k) => {
    const random = createSeededRandom(k);
    for (let n = 1; n <= 60; n += 1) {
      const records = Array.from({ length: n }, () => ({
        sector: pick(random, ['energy', 'housing', 'care', 'food']),
        legalForm: pick(random, ['cooperative', 'association', 'foundation']),
        memberBand: pick(random, ['upto25', 'from26to100', 'over500', null]),
        province: pick(random, ['utrecht', 'groningen', 'limburg', 'gelderland']),
        foundingDecade: randomInt(random, 195, 202) * 10,
      }));
      const { counts } = combinations(records, k);
      for (const [key, count] of counts) {
        // a batch smaller than k can only publish the all-suppressed combination
        if (n < k) expect(key).toBe(allSuppressedKey);
        else expect(count, `n=${n} ${key}`).toBeGreaterThanOrEqual(k);
      }
    }
  });
});
