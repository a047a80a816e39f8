import { useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../i18n/ui-language';
import { RegistryContext } from './registry-context';

/**
 * Words a profile value of a result as published for research: an option of the questionnaire
 * ("energy" → Energie), a generalised group ("region.noord" → Noord-Nederland), a decade (2010 → 2010–2019),
 * a 20-year band, "suppressed" or unknown (null).
 */
export function useProfileValueLabel(): (
  variable: string,
  value: string | number | null,
) => string {
  const { t, i18n } = useTranslation();
  const registry = useContext(RegistryContext);
  const questionnaire = registry?.latest('ck-selfscan')?.questionnaire;
  const language = uiLanguage(i18n);
  return useMemo(() => {
    const options = new Map(
      questionnaire?.items.flatMap((item) =>
        'options' in item
          ? item.options.map((option) => [`${item.id}:${option.value}`, option.label[language]])
          : [],
      ),
    );
    return (variable, value) => {
      if (value === null || value === 'unknown') return t('researchProfile.unknown');
      if (value === 'suppressed') return t('researchProfile.suppressed');
      if (typeof value === 'number')
        return t('researchProfile.decade', { from: value, to: value + 9 });
      const band = /^(\d{4})-(\d{4})$/.exec(value);
      if (band) return t('researchProfile.decade', { from: band[1], to: band[2] });
      const group = /^(group|form|band|region)[.:](\w+)$/.exec(value);
      if (group) return t(`researchProfile.${group[1]}.${group[2]}`, { defaultValue: value });
      return options.get(`${variable}:${value}`) ?? value;
    };
  }, [language, questionnaire, t]);
}
