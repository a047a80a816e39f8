import { describe, expect, it } from 'vitest';
import { bandOf, calibrateMembership, scoreFromMean } from './calibrate';

const calibration = { exclusion: 2, crossover: 3.25, inclusion: 4.25 };
const root19 = Math.sqrt(19);

describe('calibrateMembership (Ragin direct method)', () => {
  // log-odds = ln19 × (x − 3.25) / 1 above the crossover, ln19 × (x − 3.25) / 1.25 below;
  // membership = 1 / (1 + exp(−log-odds)) = 1 / (1 + 19^(−t)) with t = (x − c) / distance
  it.each<[string, number, number]>([
    ['exclusion anchor: t = −1 → 1 / (1 + 19)', 2, 0.05],
    ['crossover: t = 0 → 1 / 2', 3.25, 0.5],
    ['inclusion anchor: t = 1 → 1 / (1 + 1/19) = 19/20', 4.25, 0.95],
    [
      'between exclusion and crossover: t = −0.625/1.25 = −½ → 1 / (1 + √19)',
      2.625,
      1 / (1 + root19),
    ],
    [
      'between crossover and inclusion: t = 0.5/1 = ½ → √19 / (1 + √19)',
      3.75,
      root19 / (1 + root19),
    ],
    ['below exclusion: t = −2.25/1.25 = −1.8 → 1 / (1 + 19^1.8)', 1, 1 / (1 + 19 ** 1.8)],
    ['above inclusion: t = (5 − 3.25) / 1 = 1.75 → 1 / (1 + 19^−1.75)', 5, 1 / (1 + 19 ** -1.75)],
    ['t = −0.25/1.25 = −0.2 → 1 / (1 + 19^0.2)', 3, 1 / (1 + 19 ** 0.2)],
  ])('%s', (_name, mean, expected) => {
    expect(calibrateMembership({ mean, calibration })).toBeCloseTo(expected, 12);
  });

  it('uses each condition’s own anchors', () => {
    // t = (3 − 2.5) / (3.5 − 2.5) = ½
    const own = { exclusion: 1.5, crossover: 2.5, inclusion: 3.5 };
    expect(calibrateMembership({ mean: 3, calibration: own })).toBeCloseTo(
      root19 / (1 + root19),
      12,
    );
  });
});

describe('bandOf', () => {
  it.each<[number | null, string | null]>([
    [null, null],
    [1, 'low'],
    [3.2499, 'low'],
    [3.25, 'middle'],
    [4.2499, 'middle'],
    [4.25, 'high'],
    [5, 'high'],
  ])('mean %s → %s', (mean, band) => expect(bandOf({ mean, calibration })).toBe(band));
});

describe('scoreFromMean', () => {
  // (mean − 1) / 4 × 100
  it.each<[number, number]>([
    [1, 0],
    [5, 100],
    [3, 50],
    [3.25, 56.25],
    [2.625, 40.625],
    [13 / 3, 250 / 3],
  ])('%s → %s', (mean, score) => expect(scoreFromMean(mean)).toBeCloseTo(score, 12));
});
