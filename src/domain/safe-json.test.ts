import { describe, expect, it } from 'vitest';
import { readJsonText } from './safe-json';

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('readJsonText', () => {
  it('parses ordinary JSON', () => {
    expect(readJsonText('{"a":[1,{"b":null}]}')).toEqual({
      ok: true,
      value: { a: [1, { b: null }] },
    });
  });

  it('refuses text over the size limit, naming both sizes in bytes', () => {
    const result = readJsonText(`"${'x'.repeat(2 * 1024 * 1024)}"`, 1024 * 1024);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'unreadable',
        reason: 'too-large',
        bytes: 2 * 1024 * 1024 + 2,
        limit: 1048576,
      },
    });
  });

  it('refuses a file of exactly 5 MB by default and accepts one byte less', () => {
    const fiveMb = 5 * 1024 * 1024;
    expect(readJsonText(`"${'x'.repeat(fiveMb - 2)}"`).ok).toBe(false);
    expect(readJsonText(`"${'x'.repeat(fiveMb - 3)}"`).ok).toBe(true);
  });

  it.each([
    ['empty text', '', 'empty'],
    ['only white space', ' \n\t \r\n', 'empty'],
    ['broken JSON', '{"a": 1', 'not-json'],
    ['NaN, which JSON does not have', '{"a": NaN}', 'not-json'],
    ['a web page', '<!doctype html><html><body>Not found</body></html>', 'html'],
  ])('refuses %s', (_name, text, reason) => {
    expect(readJsonText(text)).toEqual({ ok: false, error: { code: 'unreadable', reason } });
  });

  it('drops a byte-order mark before parsing', () => {
    expect(readJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses 100,000 levels of nesting with a code, without overflowing the stack', () => {
    expect(readJsonText(nested(100_000))).toEqual({
      ok: false,
      error: { code: 'unreadable', reason: 'too-deep', limit: 64 },
    });
  });

  it('accepts 64 levels and refuses 65', () => {
    expect(readJsonText(nested(64)).ok).toBe(true);
    expect(readJsonText(nested(65)).ok).toBe(false);
  });

  it('refuses a __proto__ key anywhere, with its path', () => {
    expect(readJsonText('{"items":[{"__proto__":{"polluted":true}}]}')).toEqual({
      ok: false,
      error: {
        code: 'unreadable',
        reason: 'forbidden-key',
        key: '__proto__',
        path: 'items[0].__proto__',
      },
    });
  });

  it('finds a prototype key behind many plain values and arrays, and names its path', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ id: i, tags: ['a', { b: [1, 2] }] }));
    const text = JSON.stringify({ items, last: [[{ ok: 1 }]] }).replace(
      '{"ok":1}',
      '{"ok":1,"prototype":{}}',
    );
    expect(readJsonText(text)).toEqual({
      ok: false,
      error: {
        code: 'unreadable',
        reason: 'forbidden-key',
        key: 'prototype',
        path: 'last[0][0].prototype',
      },
    });
  });

  it('refuses a constructor key', () => {
    expect(readJsonText('{"constructor":{"prototype":{}}}')).toMatchObject({
      ok: false,
      error: { reason: 'forbidden-key', key: 'constructor', path: 'constructor' },
    });
  });
});
