import { describe, expect, it } from 'vitest';
import type { Path } from '../questionnaire/schema';
import { scorePath, type Memberships, type PathScore } from './path-score';

const path = (id: string, conditions: string[]): Path => ({
  id,
  title: { nl: id, en: id },
  conditions,
});
const A = path('A', ['culture', 'leadership', 'network']);
const B = path('B', ['culture', 'community', 'business', 'network']);

describe('scorePath', () => {
  it.each<[string, Path, Memberships, PathScore]>([
    [
      'minimum of the conditions; fits above 0.5; bottleneck lowest',
      A,
      { culture: 0.9, leadership: 0.7, network: 0.8 },
      { membership: 0.7, fits: true, bottleneck: 'leadership' },
    ],
    [
      'below 0.5 does not fit',
      B,
      { culture: 0.9, community: 0.3, business: 0.6, network: 0.8 },
      { membership: 0.3, fits: false, bottleneck: 'community' },
    ],
    [
      'exactly 0.5 does not fit (must be above)',
      A,
      { culture: 0.5, leadership: 0.7, network: 0.8 },
      { membership: 0.5, fits: false, bottleneck: 'culture' },
    ],
    [
      'tie: the first in the path order',
      A,
      { culture: 0.8, leadership: 0.6, network: 0.6 },
      { membership: 0.6, fits: true, bottleneck: 'leadership' },
    ],
    [
      'tie across all: the first condition',
      B,
      { culture: 0.4, community: 0.4, business: 0.4, network: 0.4 },
      { membership: 0.4, fits: false, bottleneck: 'culture' },
    ],
    [
      'an insufficient condition: no membership, it is the bottleneck',
      A,
      { culture: 0.9, leadership: 0.1, network: null },
      { membership: null, fits: false, bottleneck: 'network' },
    ],
    [
      'two insufficient: the first of them in path order',
      B,
      { culture: 0.9, community: null, business: 0.2, network: null },
      { membership: null, fits: false, bottleneck: 'community' },
    ],
    [
      'a condition missing from the scores counts as insufficient',
      A,
      { culture: 0.9, leadership: 0.7 },
      { membership: null, fits: false, bottleneck: 'network' },
    ],
  ])('%s', (_name, p, memberships, expected) => {
    expect(scorePath({ path: p, memberships })).toEqual(expected);
  });
});
