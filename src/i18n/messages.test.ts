import { describe, expect, it } from 'vitest';
import { allMessages, firstLoadMessages } from '.';

// every file: the first load's and the ones each section loads with its own chunk
const messages = await allMessages();

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function valueAt(tree: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
}

describe('message files', () => {
  it('loads the start page, header and footer texts with the first load', () => {
    expect(keysOf(firstLoadMessages.nl)).toEqual(
      expect.arrayContaining(['app.name', 'home.title', 'shell.loadingSection']),
    );
  });

  const nlKeys = keysOf(messages.nl);
  const enKeys = keysOf(messages.en);

  it('has every Dutch key in English', () => {
    expect(nlKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('has every English key in Dutch', () => {
    expect(enKeys.filter((k) => !nlKeys.includes(k))).toEqual([]);
  });

  it('has no empty texts', () => {
    const empty = [
      ...nlKeys.map((k) => ['nl', k] as const),
      ...enKeys.map((k) => ['en', k] as const),
    ].filter(([lang, k]) => String(valueAt(messages[lang], k)).trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const differing = nlKeys.filter(
      (k) =>
        placeholdersOf(String(valueAt(messages.nl, k))).join() !==
        placeholdersOf(String(valueAt(messages.en, k))).join(),
    );
    expect(differing).toEqual([]);
  });
});
