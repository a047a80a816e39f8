import { createContext, useContext } from 'react';
import type { QuestionnaireRegistry } from '../domain/questionnaire/registry';

export const RegistryContext = createContext<QuestionnaireRegistry | null>(null);

/** The published questionnaires bundled with the app. */
export function useQuestionnaireRegistry(): QuestionnaireRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useQuestionnaireRegistry needs a RegistryContext provider');
  return registry;
}
