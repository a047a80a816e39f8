import { collectiveItems } from '../../domain/questionnaire/pages';
import type { Item } from '../../domain/questionnaire/schema';
import { useQuestionnaireRegistry } from '../../ui/registry-context';

export const mainQuestionnaireId = 'ck-selfscan';

/** Profile fields (labels, options) from the newest version of the self-scan. */
export function useProfileItems(): Item[] {
  const registry = useQuestionnaireRegistry();
  const latest = registry.latest(mainQuestionnaireId);
  return latest ? collectiveItems(latest.questionnaire) : [];
}
