import { useTranslation } from 'react-i18next';
import { uiLocale } from '../../i18n/ui-language';

/** A byte count for people: 1,2 MB in Dutch, 1.2 MB in English. */
export function useByteFormat(): (bytes: number) => string {
  const { i18n } = useTranslation();
  const locale = uiLocale(i18n);
  return (bytes) => {
    const [value, unit] =
      bytes >= 1024 ** 2
        ? [bytes / 1024 ** 2, 'MB']
        : bytes >= 1024
          ? [bytes / 1024, 'kB']
          : [bytes, 'B'];
    return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} ${unit}`;
  };
}
