import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle';
import { Placeholder } from '../../ui/Placeholder';

export function ResearchPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('research.title')}</PageTitle>
      <p>{t('research.intro')}</p>
      <Placeholder />
    </section>
  );
}
