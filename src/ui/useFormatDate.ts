import { useTranslation } from 'react-i18next';
import { uiLocale } from '../i18n/ui-language';

/** Formats an ISO date for the reader: 23 november 2026 in Dutch, 23 November 2026 in English. */
export function useFormatDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  const locale = uiLocale(i18n);
  return (iso) =>
    new Date(iso).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}
