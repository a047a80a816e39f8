import { useContext, useEffect, useState, type ReactNode } from 'react';
import type { QuestionnaireRegistry } from '../domain/questionnaire/registry';
import { LoadingStatus } from '../ui/LoadingStatus';
import { RegistryContext } from '../ui/registry-context';
import { RegistrySourceContext } from './registry-source';

/** Shows the section inside once the questionnaire registry is ready (at once after the first time). */
export function RegistryGate({ children }: { children: ReactNode }) {
  const source = useContext(RegistrySourceContext);
  const [registry, setRegistry] = useState<QuestionnaireRegistry | undefined>(source.ready);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    if (registry) return;
    let isCurrent = true;
    source.load().then(
      (loaded) => isCurrent && setRegistry(loaded),
      (e: unknown) => isCurrent && setError(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      isCurrent = false;
    };
  }, [source, registry]);
  // the section boundary words the failure
  if (error) throw error;
  if (!registry) return <LoadingStatus />;
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}
