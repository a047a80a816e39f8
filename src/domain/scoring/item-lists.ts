import type { LikertItem, Questionnaire } from '../questionnaire/schema';

/** The item lists scoring needs, found once per questionnaire (a research load scores 100,000 scans). */
export type ItemLists = {
  /** the likert items, in questionnaire order */
  readonly likert: readonly LikertItem[];
  /** per condition id, its likert items in questionnaire order */
  readonly byCondition: ReadonlyMap<string, readonly LikertItem[]>;
  /** the trait items' ids: single-choice items in a section of kind "traits" */
  readonly traits: readonly string[];
};

// a parsed questionnaire is never changed after parsing, so its lists can be kept beside it
const known = new WeakMap<Questionnaire, ItemLists>();

function findItemLists(questionnaire: Questionnaire): ItemLists {
  const likert = questionnaire.items.filter((item): item is LikertItem => item.type === 'likert5');
  const byCondition = new Map<string, LikertItem[]>();
  for (const item of likert) {
    if (item.condition === undefined) continue;
    const list = byCondition.get(item.condition) ?? [];
    list.push(item);
    byCondition.set(item.condition, list);
  }
  const traitSections = new Set(
    questionnaire.sections.filter((section) => section.kind === 'traits').map((s) => s.id),
  );
  const traits = questionnaire.items
    .filter((item) => item.type === 'single-choice' && traitSections.has(item.section ?? ''))
    .map((item) => item.id);
  return { likert, byCondition, traits };
}

/** A questionnaire's item lists for scoring, found on first use and kept while it lives. */
export function itemListsOf(questionnaire: Questionnaire): ItemLists {
  let lists = known.get(questionnaire);
  if (!lists) {
    lists = findItemLists(questionnaire);
    known.set(questionnaire, lists);
  }
  return lists;
}
