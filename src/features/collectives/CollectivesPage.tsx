import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle';
import { Placeholder } from '../../ui/Placeholder';

export function CollectivesPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('collectives.title')}</PageTitle>
      <p>{t('collectives.intro')}</p>
      <Placeholder />
    </section>
  );
}
