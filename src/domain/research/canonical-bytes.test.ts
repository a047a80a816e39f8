import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../hash';
import { createCanonicalWriter } from './canonical-bytes';
import { intactResearchFiles } from '../../../tests/support/intact-research';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const utf8 = (value: string) => Array.from(new TextEncoder().encode(value));

describe('canonical bytes', () => {
  const writer = createCanonicalWriter();
  it.each([
    ['nested objects with unsorted keys', { b: 1, a: { d: [3, { z: null, y: true }], c: 'x' } }],
    ['keys that sort by code unit, not by locale', { b: 1, B: 2, é: 3, e: 4, '10': 5, '9': 6 }],
    ['numbers in their shortest form', { a: 1e21, b: 0.1 + 0.2, c: -0, d: 1e-7, e: 100, f: -3 }],
    ['strings that need escaping', { s: 'line\nbreak "quoted" \\ \u2028 \ud83d\ude00 \u0001 é' }],
    ['a lone surrogate', { s: 'a\ud800b' }],
    ['undefined properties left out', { a: undefined, b: [undefined, 1] }],
    ['empty containers', { a: {}, b: [], c: '' }],
  ])('writes %s as the UTF-8 bytes of canonicalize’s text', (_, value) => {
    expect(Array.from(writer.bytesOf(value))).toEqual(utf8(canonicalJson(value)));
  });

  it('tells apart two key lists with the same first key and length (its remembered orders)', () => {
    const first = { m: 1, b: 2, a: 3 };
    const second = { m: 1, c: 2, a: 3 };
    expect(text(writer.bytesOf(first))).toBe('{"a":3,"b":2,"m":1}');
    expect(text(writer.bytesOf(second))).toBe('{"a":3,"c":2,"m":1}');
    expect(text(writer.bytesOf(first))).toBe('{"a":3,"b":2,"m":1}');
  });

  it('writes generated results as canonicalize does, one after the other with one writer, and grows past its first buffer', async () => {
    const { files } = await intactResearchFiles(40);
    for (const file of files) expect(text(writer.bytesOf(file))).toBe(canonicalJson(file));
    const big = { items: Array.from({ length: 20_000 }, (_, i) => ({ id: `item-${i}`, v: i })) };
    expect(text(writer.bytesOf(big))).toBe(canonicalJson(big));
  });

  it('refuses a number that is not finite', () => {
    expect(() => writer.bytesOf({ a: Infinity })).toThrow();
  });
});
