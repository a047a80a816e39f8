import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../i18n/ui-language';
import type { LocalizedText } from '../domain/questionnaire/schema';

/** Picks the text of a questionnaire field in the app's current language. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const language = uiLanguage(i18n);
  return (text) => text[language];
}
