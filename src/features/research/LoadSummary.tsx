import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CaseSettings } from './CaseSettings';
import { RefusedFiles } from './RefusedFiles';
import type { ResearchJobResult } from './research-types';

/** How many results were loaded, and which files were refused and why. */
export function LoadSummary({ result, skipped }: { result: ResearchJobResult; skipped: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="summary-title" className="research-summary">
      <h3 id="summary-title">{t('researchScreen.summary.title')}</h3>
      <p role="status">
        {t('researchScreen.summary.loaded', { count: result.loadedCount, files: result.read })}{' '}
        {result.refusedCount > 0
          ? t('researchScreen.summary.refused', { count: result.refusedCount })
          : ''}
      </p>
      <p>
        {t('researchScreen.summary.cases', {
          count: result.cases.cases,
          choice: t(`researchScreen.cases.choice.${result.cases.choice}`),
        })}{' '}
        {result.cases.withoutPseudonym > 0
          ? t('researchScreen.summary.withoutPseudonym', { count: result.cases.withoutPseudonym })
          : ''}
      </p>
      <p className="muted">{t('researchScreen.summary.checked')}</p>
      {skipped > 0 ? <p>{t('researchScreen.summary.skipped', { count: skipped })}</p> : null}
      {result.aggregate.n > 0 ? (
        <p className="actions">
          <Link href="/overview" className="button button--primary">
            {t('researchScreen.summary.toOverview')}
          </Link>
          <Link href="/fsqca" className="button">
            {t('researchScreen.summary.toFsqca')}
          </Link>
        </p>
      ) : null}
      {result.loadedCount > 0 ? <CaseSettings /> : null}
      <RefusedFiles refused={result.refused} count={result.refusedCount} />
    </section>
  );
}
