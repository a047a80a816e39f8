import type { RegistryEntry } from '../../domain/questionnaire/registry';
import { questionnaireKey } from '../../domain/questionnaire/identity';

/** What the long table and the codebook say about one item id. */
export type ItemMeta = {
  itemId: string;
  condition: string | null;
  kind: 'likert' | 'trait';
  reverse: boolean;
  text: { nl: string; en: string };
  questionnaire: string;
  sha256: string;
};

/** Item facts by id from the questionnaires of a batch; a later version's text wins for a shared id. */
export function itemMetaById(entries: readonly RegistryEntry[]): Map<string, ItemMeta> {
  const byId = new Map<string, ItemMeta>();
  for (const { questionnaire, ref } of entries) {
    const traitSections = new Set(
      questionnaire.sections.filter((s) => s.kind === 'traits').map((s) => s.id),
    );
    for (const item of questionnaire.items) {
      const isLikert = item.type === 'likert5' && item.condition !== undefined;
      const isTrait = item.type === 'single-choice' && traitSections.has(item.section ?? '');
      if (!isLikert && !isTrait) continue;
      byId.set(item.id, {
        itemId: item.id,
        condition: item.condition ?? null,
        kind: isLikert ? 'likert' : 'trait',
        reverse: item.type === 'likert5' ? item.reverse : false,
        text: item.text,
        questionnaire: questionnaireKey(ref),
        sha256: ref.sha256,
      });
    }
  }
  return byId;
}
