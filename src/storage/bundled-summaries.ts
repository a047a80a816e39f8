import { findSummary, summarise } from '../domain/questionnaire/summary';
import type { QuestionnaireSummary } from '../domain/questionnaire/summary';
import type { QuestionnaireRef } from '../domain/questionnaire/ref-schema';
import type { RegistryEntry } from '../domain/questionnaire/registry';

// The build summarises every published definition (the `?registry-summary` import, vite.config.ts)
// so that a member's welcome shows without the questionnaires themselves: a few hundred bytes
// where the questionnaires are tens of kilobytes. bundled-summaries.test.ts holds them to the
// bundled registry.
declare const __EXTRA_QUESTIONNAIRES__: { name: string; entry: RegistryEntry }[];

const bundled = import.meta.glob<QuestionnaireSummary>('../../questionnaires/*/*.json', {
  eager: true,
  import: 'default',
  query: '?registry-summary',
});

/** The summary of every questionnaire version built into the app. */
export const bundledSummaries: readonly QuestionnaireSummary[] = [
  ...Object.values(bundled),
  ...__EXTRA_QUESTIONNAIRES__.map(({ entry }) => summarise(entry)),
];

/** The built-in summary of exactly this questionnaire, or undefined for one the app does not have. */
export function bundledSummary(ref: QuestionnaireRef): QuestionnaireSummary | undefined {
  return findSummary(bundledSummaries, ref);
}
