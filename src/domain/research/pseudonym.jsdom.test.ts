// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectivePseudonym } from './pseudonym';

// Computed once with node:crypto: createHmac('sha256', 'study-2026').update('name:de zonnewijk').digest('hex')
const expected = '5a4bad275efe93633097d23875102aa010e44c1686907756e3c96494bae7a120';

describe('collectivePseudonym in jsdom (the browser environment of the tests)', () => {
  it('gives the same bytes as node:crypto', async () => {
    expect(typeof window).toBe('object');
    expect(
      await collectivePseudonym({ studyKey: 'study-2026', collectiveId: 'name:de zonnewijk' }),
    ).toBe(expected);
  });
});
