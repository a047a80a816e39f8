import { respondentPages } from './pages';
import type { RegistryEntry } from './registry';
import type { QuestionnaireRef } from './ref-schema';

/**
 * What a member's welcome needs of a questionnaire: which one it is, how many questions a member
 * answers (for "about N minutes") and the page the first question is on. The build makes one per
 * bundled questionnaire, so the welcome shows without loading the questionnaires themselves.
 */
export type QuestionnaireSummary = {
  ref: QuestionnaireRef;
  respondentQuestions: number;
  /** null: a member has nothing to answer (the fill-in goes straight to its review) */
  firstPageId: string | null;
};

/** The summary of a parsed and hashed questionnaire. */
export function summarise(entry: RegistryEntry): QuestionnaireSummary {
  const pages = respondentPages(entry.questionnaire);
  return {
    ref: entry.ref,
    respondentQuestions: pages.reduce((n, page) => n + page.items.length, 0),
    firstPageId: pages[0]?.id ?? null,
  };
}

/** The summary of exactly this questionnaire (id, version and hash), as the registry resolves it. */
export function findSummary(
  summaries: readonly QuestionnaireSummary[],
  ref: QuestionnaireRef,
): QuestionnaireSummary | undefined {
  return summaries.find(
    (s) => s.ref.id === ref.id && s.ref.version === ref.version && s.ref.sha256 === ref.sha256,
  );
}
