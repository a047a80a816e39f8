import en from './texts.en.json';
import nl from './texts.nl.json';

export type ReportLanguage = 'nl' | 'en';

/** The shape of the report texts, taken from the Dutch file; the English file must match it. */
export type ReportTexts = typeof nl;

const english: ReportTexts = en;
const texts: Record<ReportLanguage, ReportTexts> = { nl, en: english };

/** The report texts of one language. */
export function reportTexts(language: ReportLanguage): ReportTexts {
  return texts[language];
}

/** Fills `{name}` placeholders; a placeholder without a value stays visible so a test can catch it. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}
