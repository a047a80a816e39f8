import { useTranslation } from 'react-i18next';

/** A byte count for people: 1,2 MB in Dutch, 1.2 MB in English. */
export function useByteFormat(): (bytes: number) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
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
