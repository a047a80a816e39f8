import { describe, expect, it } from 'vitest';
import { createSeededRandom, pick, randomInt } from './random';

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
  });

  it('gives a different sequence for another seed', () => {
    expect(createSeededRandom(1)()).not.toBe(createSeededRandom(2)());
  });

  it('stays within [0, 1) and covers the range', () => {
    const random = createSeededRandom(7);
    const values = Array.from({ length: 2000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(Math.min(...values)).toBeLessThan(0.01);
    expect(Math.max(...values)).toBeGreaterThan(0.99);
  });

  it('randomInt and pick stay within bounds and reach both ends', () => {
    const random = createSeededRandom(3);
    const ints = Array.from({ length: 500 }, () => randomInt(random, 1, 5));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3, 4, 5]));
    const picks = Array.from({ length: 200 }, () => pick(random, ['a', 'b'] as const));
    expect(new Set(picks)).toEqual(new Set(['a', 'b']));
  });
});
