import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../hash';
import { quickCanonicalJson } from './quick-canonical';

describe('quickCanonicalJson', () => {
  it.each([
    ['nested objects with unsorted keys', { b: 1, a: { d: [3, { z: null, y: true }], c: 'x' } }],
    ['keys that sort by code unit, not by locale', { b: 1, B: 2, é: 3, e: 4, '10': 5, '9': 6 }],
    ['numbers in their shortest form', { a: 1e21, b: 0.1 + 0.2, c: -0, d: 1e-7, e: 100 }],
    ['strings that need escaping', { s: 'line\nbreak "quoted" \u2028 \ud83d\ude00 \u0001' }],
    ['undefined properties left out', { a: undefined, b: [undefined, 1] }],
    ['empty containers', { a: {}, b: [], c: '' }],
  ])('writes %s as canonicalize does', (_, value) => {
    expect(quickCanonicalJson(value)).toBe(canonicalJson(value));
  });

  it('refuses a number that is not finite', () => {
    expect(() => quickCanonicalJson({ a: Infinity })).toThrow();
  });
});
