import { createContext } from 'react';
import type { QuestionnaireRegistry } from '../domain/questionnaire/registry';
import { bundledRegistrySource, type RegistrySource } from './bundled-registry';

export { bundledRegistrySource, type RegistrySource } from './bundled-registry';

/** A registry given by the caller (tests), ready at once. */
export function givenRegistrySource(registry: QuestionnaireRegistry): RegistrySource {
  return { ready: () => registry, load: () => Promise.resolve(registry) };
}

export const RegistrySourceContext = createContext<RegistrySource>(bundledRegistrySource);
