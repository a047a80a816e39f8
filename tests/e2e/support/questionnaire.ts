import { readFileSync } from 'node:fs';

/** What the e2e tests need to know about the published questionnaire, read from the file itself. */
type RawItem = {
  id: string;
  type: string;
  scope?: 'collective' | 'respondent';
  section?: string;
  condition?: string;
  text: { nl: string };
  options?: { value: string; label: { nl: string } }[];
};
type RawQuestionnaire = {
  id: string;
  version: string;
  pageOrder: string[];
  scale: { labels: { nl: string }[]; dontKnow: { nl: string } };
  items: RawItem[];
};

export type E2eItem = {
  id: string;
  pageId: string;
  text: string;
  /** accessible names of the answer choices, in screen order */
  choices: string[];
  /** the stored value of each choice, in the same order */
  values: (number | string | null)[];
};
export type E2ePage = { id: string; items: E2eItem[] };

export const questionnaire = JSON.parse(
  readFileSync('questionnaires/ck-selfscan/1.0.0.json', 'utf8'),
) as RawQuestionnaire;

function toItem(item: RawItem, pageId: string): E2eItem {
  if (item.type === 'likert5') {
    return {
      id: item.id,
      pageId,
      text: item.text.nl,
      choices: [...questionnaire.scale.labels.map((l) => l.nl), questionnaire.scale.dontKnow.nl],
      values: [1, 2, 3, 4, 5, null],
    };
  }
  const options = item.options ?? [];
  return {
    id: item.id,
    pageId,
    text: item.text.nl,
    choices: options.map((o) => o.label.nl),
    values: options.map((o) => o.value),
  };
}

/**
 * The pages a respondent walks through: respondent-level items grouped by condition or section,
 * in pageOrder. Derived here from the JSON on purpose, not imported from the app's domain code.
 */
export const respondentPages: E2ePage[] = questionnaire.pageOrder
  .map((pageId) => ({
    id: pageId,
    items: questionnaire.items
      .filter((i) => i.scope !== 'collective' && (i.condition ?? i.section) === pageId)
      .map((i) => toItem(i, pageId)),
  }))
  .filter((p) => p.items.length > 0);

export const respondentItems: E2eItem[] = respondentPages.flatMap((p) => p.items);

/** A spread of answers: every choice of every item gets used somewhere, "weet ik niet" too. */
export function plannedChoice(item: E2eItem, index: number): number {
  return (index * 5 + 3) % item.choices.length;
}
