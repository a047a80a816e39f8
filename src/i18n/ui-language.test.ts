import { describe, expect, it } from 'vitest';
import { uiLanguage, uiLocale } from './ui-language';

describe('uiLanguage', () => {
  it.each([
    ['en', 'en', 'en-GB'],
    ['nl', 'nl', 'nl-NL'],
    // i18next reports 'cimode' or a region form before the texts are chosen: Dutch, the app's default
    ['en-US', 'nl', 'nl-NL'],
    ['cimode', 'nl', 'nl-NL'],
  ])('reads i18next language %s as %s (%s)', (language, expected, locale) => {
    expect(uiLanguage({ language })).toBe(expected);
    expect(uiLocale({ language })).toBe(locale);
  });
});
