import { describe, expect, it } from 'vitest';
import { displayScore } from './display';

describe('displayScore', () => {
  it.each<[number | null, number | null]>([
    [null, null],
    [0, 0],
    [100, 100],
    [62.49, 62],
    // half rounds up
    [62.5, 63],
    [12.5, 13],
    // (3.3 − 1) / 4 × 100 is 57.5 exactly, 57.49999999999999 in binary floating point
    [((3.3 - 1) / 4) * 100, 58],
    // (13/3 − 1) / 4 × 100 = 83.33…
    [((13 / 3 - 1) / 4) * 100, 83],
  ])('%s → %s', (score, shown) => expect(displayScore(score)).toBe(shown));
});
