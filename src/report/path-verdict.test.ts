import { describe, expect, it } from 'vitest';
import { spreadWord } from './condition-sections';
import { distanceWord } from './path-verdict';

describe('distanceWord', () => {
  it.each([
    [0, 'verySmall'],
    [0.049, 'verySmall'],
    [0.05, 'small'],
    [-0.19, 'small'],
    [0.2, 'large'],
    [0.49, 'large'],
    [0.5, 'veryLarge'],
    [0.81, 'veryLarge'],
  ])('a difference of %s is %s', (difference, word) => {
    expect(distanceWord(difference)).toBe(word);
  });
});

describe('spreadWord', () => {
  it.each([
    [0, 'agree'],
    [0.49, 'agree'],
    [0.5, 'somewhat'],
    [0.99, 'somewhat'],
    [1, 'apart'],
  ])('an IQR of %s reads as %s', (iqr, word) => {
    expect(spreadWord(iqr)).toBe(word);
  });
});
