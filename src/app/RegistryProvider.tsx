import { useMemo, type ReactNode } from 'react';
import type { QuestionnaireRegistry } from '../domain/questionnaire/registry';
import {
  bundledRegistrySource,
  givenRegistrySource,
  RegistrySourceContext,
} from './registry-source';

/**
 * Tells the sections where the questionnaire registry comes from. Nothing loads here: a section
 * that needs the registry waits for it in `RegistryGate`, so the start page never loads it.
 */
export function RegistryProvider({
  children,
  registry: given,
}: {
  children: ReactNode;
  registry?: QuestionnaireRegistry;
}) {
  const source = useMemo(
    () => (given ? givenRegistrySource(given) : bundledRegistrySource),
    [given],
  );
  return <RegistrySourceContext.Provider value={source}>{children}</RegistrySourceContext.Provider>;
}
