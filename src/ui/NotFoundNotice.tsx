import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageTitle } from './PageTitle';

/** Shown when an address names a collective, scan or respondent that is not on this device. */
export function NotFoundNotice() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('notFound.recordTitle')}</PageTitle>
      <p>{t('notFound.recordBody')}</p>
      <p>
        <Link href="/collectives" className="button">
          {t('notFound.toCollectives')}
        </Link>
      </p>
    </section>
  );
}
