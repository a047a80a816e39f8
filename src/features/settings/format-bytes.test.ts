import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it.each([
    [0, 'nl-NL', '0 kB'],
    [850_000, 'nl-NL', '850 kB'],
    [1_234_567, 'nl-NL', '1,2 MB'],
    [9_800_000_000, 'en-GB', '9.8 GB'],
    [123_000_000_000, 'en-GB', '123 GB'],
  ])('%i bytes in %s → %s', (bytes, locale, text) => {
    expect(formatBytes(bytes, locale)).toBe(text);
  });
});
