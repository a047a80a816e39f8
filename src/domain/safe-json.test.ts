import { describe, expect, it } from 'vitest';
import { readJsonText } from './safe-json';

describe('readJsonText', () => {
  it('parses ordinary JSON', () => {
    expect(readJsonText('{"a":[1,{"b":null}]}')).toEqual({
      ok: true,
      value: { a: [1, { b: null }] },
    });
  });

  it('refuses text over the size limit, naming both sizes', () => {
    const result = readJsonText(`"${'x'.repeat(2 * 1024 * 1024)}"`, 1024 * 1024);
    expect(result).toEqual({
      ok: false,
      message: 'The file is 2.0 MB; files must be smaller than 1.0 MB.',
    });
  });

  it('refuses a file of exactly 5 MB by default and accepts one byte less', () => {
    const fiveMb = 5 * 1024 * 1024;
    expect(readJsonText(`"${'x'.repeat(fiveMb - 2)}"`).ok).toBe(false);
    expect(readJsonText(`"${'x'.repeat(fiveMb - 3)}"`).ok).toBe(true);
  });

  it('refuses broken JSON', () => {
    const result = readJsonText('{"a": 1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^The file is not valid JSON/);
  });

  it('refuses a __proto__ key anywhere, with its path', () => {
    expect(readJsonText('{"items":[{"__proto__":{"polluted":true}}]}')).toEqual({
      ok: false,
      message: 'The file contains the key "items[0].__proto__", which is not allowed.',
    });
  });

  it('refuses a constructor key', () => {
    expect(readJsonText('{"constructor":{"prototype":{}}}').ok).toBe(false);
  });
});
