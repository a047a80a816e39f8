import { describe, expect, it } from 'vitest';
import {
  centreAndSpread,
  interquartileRange,
  mean,
  median,
  quantile,
  quartiles,
} from './statistics';

describe('median', () => {
  it.each<[string, number[], number | null]>([
    ['none', [], null],
    ['one', [3], 3],
    ['odd count: the middle one', [1, 5, 2], 2],
    ['odd count of five', [4, 1, 5, 2, 3], 3],
    // even count: (2 + 3) / 2
    ['even count: mean of the two middle ones', [5, 1, 3, 2], 2.5],
    // (4 + 14/3) / 2 = 13/3
    ['even count of two', [14 / 3, 4], 13 / 3],
  ])('%s', (_name, values, expected) => {
    if (expected === null) expect(median(values)).toBeNull();
    else expect(median(values)).toBeCloseTo(expected, 12);
  });
});

describe('mean', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[2, 3, 4], 3],
    [[1, 2], 1.5],
  ])('%j → %s', (values, expected) => expect(mean(values)).toBe(expected));
});

describe('quantile (type 7)', () => {
  // h = (n − 1) p; q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), x sorted, 0-based
  it.each<[number[], number, number | null]>([
    [[], 0.5, null],
    [[7], 0.25, 7],
    // h = 0.5 → 1 + 0.5 × (2 − 1)
    [[4, 1, 2], 0.25, 1.5],
    // h = 1.5 → 2 + 0.5 × (4 − 2)
    [[4, 1, 2], 0.75, 3],
    [[1, 2, 4], 0, 1],
    [[1, 2, 4], 1, 4],
  ])('%j at %s → %s', (values, p, expected) => expect(quantile({ values, p })).toBe(expected));
});

describe('interquartileRange', () => {
  it.each<[string, number[], number | null]>([
    ['no values', [], null],
    ['two values: null', [1, 5], null],
    // Q1: h = 0.5 → 1.5; Q3: h = 1.5 → 2 + 0.5 × 2 = 3; 3 − 1.5
    ['three values', [1, 2, 4], 1.5],
    // Q1: h = 0.75 → 1 + 0.75 × 1 = 1.75; Q3: h = 2.25 → 3 + 0.25 × 2 = 3.5; 3.5 − 1.75
    ['four values', [5, 3, 2, 1], 1.75],
    // Q1: h = 1 → 2; Q3: h = 3 → 4
    ['five values', [1, 2, 3, 4, 5], 2],
    // Q1: h = 1 → 2.5; Q3: h = 3 → 4
    ['five values, uneven', [5, 3, 4, 2.5, 2], 1.5],
    // all equal: no spread
    ['four equal values', [3, 3, 3, 3], 0],
  ])('%s', (_name, values, expected) => {
    expect(interquartileRange(values)).toBe(expected);
  });
});

describe('quartiles', () => {
  it.each([
    // 4 values 2,3,4,5: Q1 at h = 3 × 0.25 = 0.75 → 2 + 0.75 × 1 = 2.75; Q3 at h = 2.25 → 4 + 0.25 × 1 = 4.25
    [[5, 2, 4, 3], { q1: 2.75, q3: 4.25 }],
    // 3 values 1,2,4: Q1 at h = 0.5 → 1.5; Q3 at h = 1.5 → 2 + 0.5 × 2 = 3
    [[4, 1, 2], { q1: 1.5, q3: 3 }],
    [[3, 4], null],
  ])('of %j is %j', (values, expected) => {
    expect(quartiles(values)).toEqual(expected);
  });
});

describe('centreAndSpread (one sort for all three)', () => {
  it('gives the median, quartiles and range of five values, worked by hand', () => {
    // sorted 1 2 3 4 5: median 3; q1 at h = 4 × 0.25 = 1 → 2; q3 at h = 3 → 4; iqr 4 − 2 = 2
    expect(centreAndSpread([4, 1, 3, 2, 5])).toEqual({
      median: 3,
      quartiles: { q1: 2, q3: 4 },
      iqr: 2,
    });
  });

  it('has no spread under three values, and nothing for none', () => {
    expect(centreAndSpread([2, 4])).toEqual({ median: 3, quartiles: null, iqr: null });
    expect(centreAndSpread([])).toEqual({ median: null, quartiles: null, iqr: null });
  });

  it('equals median, quartiles and interquartileRange bit for bit on many value lists', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 40; n += 1) {
      const values = Array.from({ length: n % 13 }, () => 1 + next() * 4);
      const together = centreAndSpread(values);
      expect(together.median).toBe(median(values));
      expect(together.quartiles).toEqual(quartiles(values));
      expect(together.iqr).toBe(interquartileRange(values));
    }
  });

  it('leaves the values it is given in their order', () => {
    const values = [3, 1, 2];
    centreAndSpread(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
