import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocale } from '../i18n/ui-language';

/** A count and the message key that words it (with `_one`/`_other` forms). */
export type Counted = [key: string, count: number];

/**
 * Several counts in one phrase of the UI's language, each in its own plural form and with its
 * thousands separator, joined as a list: "1 collectief, 2 scans en 14 ingevulde vragenlijsten". A
 * sentence with several counts cannot take one plural form, so each count is worded on its own.
 */
export function useCountedList(): (counted: Counted[]) => string {
  const { t, i18n } = useTranslation();
  const locale = uiLocale(i18n);
  return useCallback(
    (counted) => {
      const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
      return list.format(counted.map(([key, count]) => t(key, { count })));
    },
    [t, locale],
  );
}
