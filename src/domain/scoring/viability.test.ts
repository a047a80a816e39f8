import { describe, expect, it } from 'vitest';
import { closestPath, missingNecessary, viabilityMembership } from './viability';

describe('viabilityMembership', () => {
  it.each<[(number | null)[], number | null]>([
    [[0.7, 0.3], 0.7],
    [[0.3, 0.7], 0.7],
    [[null, 0.3], 0.3],
    [[null, null], null],
    [[], null],
  ])('%j → %s', (paths, expected) => expect(viabilityMembership(paths)).toBe(expected));
});

describe('closestPath', () => {
  it.each<[{ id: string; membership: number | null }[], string | null]>([
    [
      [
        { id: 'A', membership: 0.4 },
        { id: 'B', membership: 0.6 },
      ],
      'B',
    ],
    [
      [
        { id: 'A', membership: 0.4 },
        { id: 'B', membership: 0.4 },
      ],
      'A',
    ],
    [
      [
        { id: 'A', membership: null },
        { id: 'B', membership: 0.2 },
      ],
      'B',
    ],
    [
      [
        { id: 'A', membership: 0 },
        { id: 'B', membership: null },
      ],
      'A',
    ],
    [
      [
        { id: 'A', membership: null },
        { id: 'B', membership: null },
      ],
      null,
    ],
  ])('%j → %s', (paths, expected) => expect(closestPath(paths)).toBe(expected));
});

describe('missingNecessary', () => {
  it.each<[string, Record<string, number | null>, string[]]>([
    ['below 0.5 is missing', { culture: 0.49 }, ['culture']],
    ['exactly 0.5 is not below: present', { culture: 0.5 }, []],
    ['above 0.5 present', { culture: 0.95 }, []],
    ['insufficient counts as missing', { culture: null }, ['culture']],
    ['absent counts as missing', {}, ['culture']],
  ])('%s', (_name, memberships, expected) => {
    expect(missingNecessary({ necessary: ['culture'], memberships })).toEqual(expected);
  });

  it('keeps the questionnaire order of several necessary conditions', () => {
    expect(
      missingNecessary({ necessary: ['network', 'culture'], memberships: { culture: 0.1 } }),
    ).toEqual(['network', 'culture']);
  });
});
