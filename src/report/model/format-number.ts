import type { ReportLanguage } from './report-texts';

/** A number with fixed decimals in the report's language: 0,82 in Dutch, 0.82 in English. */
export function formatDecimal({
  value,
  digits,
  language,
}: {
  value: number;
  digits: number;
  language: ReportLanguage;
}): string {
  const fixed = value.toFixed(digits);
  return language === 'nl' ? fixed.replace('.', ',') : fixed;
}

/** Joins names as "A, B en C" / "A, B and C". */
export function joinWords({ words, and }: { words: readonly string[]; and: string }): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1] ?? ''}`;
}
