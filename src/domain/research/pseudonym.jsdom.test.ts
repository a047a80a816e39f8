// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectivePseudonym } from './pseudonym';

// Computed once with node:crypto:
// createHmac('sha256', 'study-2026').update('3f1c2b9e-7d4a-4c1e-9a2b-5e6f7a8b9c0d').digest('hex')
const expected = 'e524cb94b0f05e967ad51b3b620c232aed89c072b3298bed6a90c5caa56bf3ef';

describe('collectivePseudonym in jsdom (the browser environment of the tests)', () => {
  it('gives the same bytes as node:crypto', async () => {
    expect(typeof window).toBe('object');
    expect(
      await collectivePseudonym({
        studyKey: 'study-2026',
        collectiveId: '3f1c2b9e-7d4a-4c1e-9a2b-5e6f7a8b9c0d',
      }),
    ).toBe(expected);
  });
});
