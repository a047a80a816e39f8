import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocale } from '../i18n/ui-language';

/**
 * Formats numbers as the UI language writes them (2.000 and 0,80 in Dutch; 2,000 and 0.80 in
 * English), with at most `maximumFractionDigits` decimals (0 by default: scores and counts are shown
 * whole), so what is shown and what a screen reader says agree.
 */
export function useFormatNumber(options: Intl.NumberFormatOptions = {}): (value: number) => string {
  const { i18n } = useTranslation();
  const locale = uiLocale(i18n);
  const { minimumFractionDigits, maximumFractionDigits = 0 } = options;
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { minimumFractionDigits, maximumFractionDigits });
    return (value: number) => format.format(value);
  }, [locale, minimumFractionDigits, maximumFractionDigits]);
}
