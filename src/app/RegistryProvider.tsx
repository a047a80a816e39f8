import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireRegistry } from '../domain/questionnaire/registry';
import { RegistryContext } from '../ui/registry-context';
import { loadBundledRegistry } from './bundled-questionnaires';

/** Makes the questionnaires bundled with the app available to every screen; their hashes take a moment. */
export function RegistryProvider({
  children,
  registry: given,
}: {
  children: ReactNode;
  registry?: QuestionnaireRegistry;
}) {
  const { t } = useTranslation();
  const [registry, setRegistry] = useState<QuestionnaireRegistry | null>(given ?? null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (given) return;
    loadBundledRegistry().then(setRegistry, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  }, [given]);
  if (error) {
    return (
      <p role="alert" className="field__error">
        {t('app.registryFailed', { reason: error })}
      </p>
    );
  }
  if (!registry) return <p role="status">{t('app.loading')}</p>;
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}
