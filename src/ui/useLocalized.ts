import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../domain/questionnaire/schema';

/** Picks the text of a questionnaire field in the app's current language. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  return (text) => text[language];
}
