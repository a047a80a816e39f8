import { useMemo } from 'react';
import { collectiveItems } from '../../domain/questionnaire/pages';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { useLocalized } from '../../ui/useLocalized';

export type ScreeningVocabulary = {
  /** the label of a profile item's option value (sector, legal form, province), else the value */
  optionLabel: (itemId: string, value: string | null) => string;
  /** the options of a profile item, labelled */
  options: (itemId: string) => { value: string; label: string }[];
  /** a condition's title */
  conditionTitle: (conditionId: string) => string;
};

/** Words for option values and condition ids, from every bundled questionnaire (newest version wins). */
export function useScreeningVocabulary(): ScreeningVocabulary {
  const registry = useQuestionnaireRegistry();
  const localized = useLocalized();
  return useMemo(() => {
    const optionLabels = new Map<string, Map<string, string>>();
    const conditions = new Map<string, string>();
    for (const { questionnaire } of registry.entries) {
      for (const item of collectiveItems(questionnaire)) {
        if (item.type !== 'single-choice') continue;
        const labels = optionLabels.get(item.id) ?? new Map<string, string>();
        for (const option of item.options) labels.set(option.value, localized(option.label));
        optionLabels.set(item.id, labels);
      }
      for (const condition of questionnaire.conditions) {
        conditions.set(condition.id, localized(condition.title));
      }
    }
    return {
      optionLabel: (itemId, value) =>
        value === null ? '' : (optionLabels.get(itemId)?.get(value) ?? value),
      options: (itemId) =>
        [...(optionLabels.get(itemId) ?? new Map<string, string>())].map(([value, label]) => ({
          value,
          label,
        })),
      conditionTitle: (id) => conditions.get(id) ?? id,
    };
  }, [registry, localized]);
}
