import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { findExampleCollectiveId, addExampleCollective } from '../../storage/device/collectives';
import { useQuestionnaireRegistry } from '../../ui/registry-context';
import { PageTitle } from '../../ui/PageTitle';
import { useFailureText } from '../../ui/useFailureText';
import { mainQuestionnaireId } from './useProfileItems';

let loading: Promise<string> | undefined;

/** Opens the example collective, writing it first when this device does not have it yet. */
export function ExamplePage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const registry = useQuestionnaireRegistry();
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const failureText = useFailureText();

  useEffect(() => {
    const entry = registry.latest(mainQuestionnaireId);
    if (!entry) return;
    // one load even when React runs the effect twice
    loading ??= findExampleCollectiveId()
      .then((id) => id ?? addExampleCollective(entry))
      .finally(() => {
        loading = undefined;
      });
    loading.then(
      (id) => navigate(`/collectives/${id}`, { replace: true }),
      (error: unknown) => setFailure({ error }),
    );
  }, [registry, navigate]);

  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('example.title')}</PageTitle>
      {failure ? (
        <p role="alert" className="field__error">
          {t('example.failed', { reason: failureText(failure.error) })}
        </p>
      ) : (
        <p role="status">{t('example.loading')}</p>
      )}
    </section>
  );
}
