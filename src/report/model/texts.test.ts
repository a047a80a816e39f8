import { describe, expect, it } from 'vitest';
import en from './texts.en.json';
import nl from './texts.nl.json';

function keys(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('report texts', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('use the same placeholders in both languages', () => {
    const pairs = (value: unknown, other: unknown, path: string): [string, string, string][] => {
      if (typeof value === 'string' && typeof other === 'string') return [[path, value, other]];
      if (
        value === null ||
        typeof value !== 'object' ||
        other === null ||
        typeof other !== 'object'
      ) {
        return [];
      }
      return Object.entries(value).flatMap(([key, child]) =>
        pairs(child, Reflect.get(other, key), `${path}.${key}`),
      );
    };
    for (const [path, dutch, english] of pairs(nl, en, '')) {
      expect(placeholders(english), path).toEqual(placeholders(dutch));
    }
  });

  it('have no empty texts', () => {
    for (const text of [...strings(nl), ...strings(en)]) expect(text.trim()).not.toBe('');
  });
});
