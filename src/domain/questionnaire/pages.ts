import type { Answers, Item, LocalizedText, Questionnaire } from './schema';

/** One page of the fill-in flow: a section or a condition with the items a respondent answers there. */
export type FillInPage = {
  id: string;
  kind: 'section' | 'condition';
  title: LocalizedText;
  intro: LocalizedText;
  items: Item[];
};

/** The pages a respondent goes through, in the questionnaire's order; collective-level items are left out. */
export function respondentPages(questionnaire: Questionnaire): FillInPage[] {
  const pages: FillInPage[] = [];
  for (const id of questionnaire.pageOrder) {
    const condition = questionnaire.conditions.find((c) => c.id === id);
    const section = questionnaire.sections.find((s) => s.id === id);
    const items = questionnaire.items.filter(
      (item) => item.scope === 'respondent' && (item.condition ?? item.section) === id,
    );
    if (items.length === 0) continue;
    if (condition)
      pages.push({
        id,
        kind: 'condition',
        title: condition.title,
        intro: condition.explanation,
        items,
      });
    else if (section)
      pages.push({ id, kind: 'section', title: section.title, intro: section.intro, items });
  }
  return pages;
}

/** The items that describe the collective, filled in once by the coordinator. */
export function collectiveItems(questionnaire: Questionnaire): Item[] {
  return questionnaire.items.filter((item) => item.scope === 'collective');
}

/** An item counts as answered once it has any value, "weet ik niet" (null) included. */
export function isAnswered(answers: Answers, itemId: string): boolean {
  return Object.hasOwn(answers, itemId) && answers[itemId] !== undefined;
}

export type Progress = { answered: number; total: number };

/** Answered and total items, per page and overall. */
export function fillInProgress(input: { pages: FillInPage[]; answers: Answers }): {
  pages: Record<string, Progress>;
  overall: Progress;
} {
  const pages: Record<string, Progress> = {};
  const overall: Progress = { answered: 0, total: 0 };
  for (const page of input.pages) {
    const answered = page.items.filter((item) => isAnswered(input.answers, item.id)).length;
    pages[page.id] = { answered, total: page.items.length };
    overall.answered += answered;
    overall.total += page.items.length;
  }
  return { pages, overall };
}

/** Where a respondent resumes: the first unanswered item and its page, or null when all is answered. */
export function firstUnanswered(input: {
  pages: FillInPage[];
  answers: Answers;
}): { pageId: string; itemId: string } | null {
  for (const page of input.pages) {
    const item = page.items.find((i) => !isAnswered(input.answers, i.id));
    if (item) return { pageId: page.id, itemId: item.id };
  }
  return null;
}

/** Every unanswered item with its page, for the review page. */
export function unansweredItems(input: {
  pages: FillInPage[];
  answers: Answers;
}): { pageId: string; item: Item }[] {
  return input.pages.flatMap((page) =>
    page.items
      .filter((item) => !isAnswered(input.answers, item.id))
      .map((item) => ({ pageId: page.id, item })),
  );
}
