import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useResearchJobHandle } from './research-context';
import type { ResearchJobResult } from './research-types';

/** Shows its children once files are loaded, and a way to load them before that. */
export function RequireResult({
  children,
}: {
  children: (result: ResearchJobResult) => ReactNode;
}) {
  const { t } = useTranslation();
  const { session } = useResearchJobHandle();
  if (session.result) return children(session.result);
  return (
    <p className="notice">
      {t('researchScreen.noData')} <Link href="/">{t('researchScreen.noDataLink')}</Link>
    </p>
  );
}
