import type { Language } from './index';

/** The app's language as one of ours: English when i18next is set to English, Dutch otherwise. */
export function uiLanguage(i18n: { language: string }): Language {
  return i18n.language === 'en' ? 'en' : 'nl';
}

/** The locale for dates and numbers in the app's language: en-GB or nl-NL. */
export function uiLocale(i18n: { language: string }): 'en-GB' | 'nl-NL' {
  return uiLanguage(i18n) === 'en' ? 'en-GB' : 'nl-NL';
}
