import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle';
import { Placeholder } from '../../ui/Placeholder';

export function FunderPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('funder.title')}</PageTitle>
      <p>{t('funder.intro')}</p>
      <Placeholder />
    </section>
  );
}
