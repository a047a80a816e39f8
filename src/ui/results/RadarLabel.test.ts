import { describe, expect, it } from 'vitest';
import { wrapLabel } from './RadarLabel';

describe('wrapLabel', () => {
  it.each([
    ['Gedeeld leiderschap', ['Gedeeld', 'leiderschap']],
    ['Sterk netwerk', ['Sterk', 'netwerk']],
    ['Leiderschap', ['Leiderschap']],
    ['Gedeelde ondernemende cultuur', ['Gedeelde', 'ondernemende', 'cultuur']],
    ['Band met de gemeenschap', ['Band met de', 'gemeenschap']],
    ['Ties with the community', ['Ties with', 'the', 'community']],
  ])('wraps %s', (label, lines) => {
    expect(wrapLabel(label)).toEqual(lines);
  });
});
