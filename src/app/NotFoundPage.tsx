import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { PageTitle } from '../ui/PageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  const [path] = useLocation();
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body', { path })}</p>
      <p>
        <Link href="/" className="button">
          {t('notFound.back')}
        </Link>
      </p>
    </section>
  );
}
