import { useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguage, uiLocale } from '../../i18n/ui-language';
import { RegistryContext } from '../../ui/registry-context';
import { useProfileValueLabel } from '../../ui/useProfileValueLabel';

/** What a cell shows where there is no value (no mean, no change, no share). */
export const noValue = '–';

export type ResearchFormat = {
  /** a number with fixed decimals in the reader's locale, or a dash when there is none */
  number: (value: number | null | undefined, digits?: number) => string;
  /** a share 0–1 as a percentage */
  percent: (share: number | null | undefined) => string;
  condition: (id: string) => string;
  route: (id: string) => string;
  /** the questionnaire's necessary conditions (culture) */
  necessary: string[];
  /** a profile value (e.g. sector "energy", "region:noord") in words */
  group: (variable: string, value: string | number | null) => string;
};

/** Numbers, conditions, routes and profile values worded for the research screen, from the bundled self-scan. */
export function useResearchFormat(): ResearchFormat {
  const { t, i18n } = useTranslation();
  const registry = useContext(RegistryContext);
  const questionnaire = registry?.latest('ck-selfscan')?.questionnaire;
  const language = uiLanguage(i18n);
  const profileValue = useProfileValueLabel();
  return useMemo(() => {
    const locale = uiLocale({ language });
    const formats = new Map<number, Intl.NumberFormat>();
    const fixed = (digits: number) => {
      const known = formats.get(digits);
      if (known) return known;
      const made = new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
      formats.set(digits, made);
      return made;
    };
    const conditions = new Map(questionnaire?.conditions.map((c) => [c.id, c.title[language]]));
    const routes = new Map(questionnaire?.paths.map((p) => [p.id, p.title[language]]));
    return {
      number: (value, digits = 2) =>
        value === null || value === undefined || Number.isNaN(value)
          ? noValue
          : fixed(digits).format(value),
      percent: (share) =>
        share === null || share === undefined ? noValue : `${fixed(0).format(share * 100)}%`,
      condition: (id) => conditions.get(id) ?? id,
      route: (id) => routes.get(id) ?? t('researchScreen.route', { id }),
      necessary: questionnaire?.necessary ?? ['culture'],
      group: profileValue,
    };
  }, [language, questionnaire, t, profileValue]);
}
