import { questionnaireKey } from './identity';
import type { Answers, Questionnaire } from './schema';

/** Where each item of `from` goes in `to` (absent: its answers are dropped); throws when the two do not fit. */
export function itemMapping({
  from,
  to,
}: {
  from: Questionnaire;
  to: Questionnaire;
}): Map<string, string> {
  const fromKey = questionnaireKey(from);
  const toKey = questionnaireKey(to);
  if (from.id !== to.id) throw new Error(`Cannot map answers from ${fromKey} to ${toKey}.`);
  const migration = to.migratesFrom;
  if (!migration)
    throw new Error(`${toKey} has no migratesFrom, so answers to ${fromKey} cannot move to it.`);
  if (migration.version !== from.version) {
    throw new Error(`${toKey} migrates from version ${migration.version}, not from ${fromKey}.`);
  }
  const fromItems = new Map(from.items.map((item) => [item.id, item]));
  for (const oldId of Object.keys(migration.items)) {
    if (!fromItems.has(oldId)) {
      throw new Error(`${toKey} maps item "${oldId}", which ${fromKey} does not have.`);
    }
  }
  const toItems = new Map(to.items.map((item) => [item.id, item]));
  const mapping = new Map<string, string>();
  const sourceOf = new Map<string, string>();
  for (const [oldId, oldItem] of fromItems) {
    const newId = Object.hasOwn(migration.items, oldId) ? migration.items[oldId] : oldId;
    const newItem = newId ? toItems.get(newId) : undefined;
    // An answer only moves to an item that asks the same kind of question.
    if (!newId || !newItem || newItem.type !== oldItem.type) continue;
    const earlier = sourceOf.get(newId);
    if (earlier !== undefined) {
      throw new Error(
        `Items "${earlier}" and "${oldId}" of ${fromKey} both move to "${newId}" in ${toKey}.`,
      );
    }
    sourceOf.set(newId, oldId);
    mapping.set(oldId, newId);
  }
  return mapping;
}

/** Moves answers to `from` onto `to` via `to.migratesFrom`: renamed items move, dropped and unknown ones go. */
export function mapAnswers({
  from,
  to,
  answers,
}: {
  from: Questionnaire;
  to: Questionnaire;
  answers: Answers;
}): Answers {
  const mapping = itemMapping({ from, to });
  const mapped: Answers = {};
  for (const [oldId, value] of Object.entries(answers)) {
    const newId = mapping.get(oldId);
    if (newId !== undefined) mapped[newId] = value;
  }
  return mapped;
}

/** The versions from `from` to `to`, each one migrating from the one before; throws when a link is missing. */
export function migrationChain({
  questionnaires,
  from,
  to,
}: {
  questionnaires: readonly Questionnaire[];
  from: Questionnaire;
  to: Questionnaire;
}): Questionnaire[] {
  const chain: Questionnaire[] = [to];
  let current = to;
  while (current.version !== from.version) {
    const previousVersion = current.migratesFrom?.version;
    const previous = questionnaires.find((q) => q.id === to.id && q.version === previousVersion);
    if (!previousVersion || !previous || chain.includes(previous)) {
      throw new Error(
        `No chain of migrations leads from ${questionnaireKey(from)} to ${questionnaireKey(to)}.`,
      );
    }
    chain.unshift(previous);
    current = previous;
  }
  if (current.id !== from.id) {
    throw new Error(
      `Cannot map answers from ${questionnaireKey(from)} to ${questionnaireKey(to)}.`,
    );
  }
  return chain;
}

/** Moves answers across several versions, one migration at a time. */
export function mapAnswersAlong({
  chain,
  answers,
}: {
  chain: readonly Questionnaire[];
  answers: Answers;
}): Answers {
  // Answers to items the first version lacks are dropped, even when the chain has one version only.
  const known = new Set(chain[0]?.items.map((item) => item.id));
  let mapped = Object.fromEntries(Object.entries(answers).filter(([id]) => known.has(id)));
  for (let i = 1; i < chain.length; i += 1) {
    mapped = mapAnswers({ from: chain[i - 1]!, to: chain[i]!, answers: mapped });
  }
  return mapped;
}
