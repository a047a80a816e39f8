import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { createCollective } from '../../storage/device/collectives';
import { PageTitle } from '../../ui/PageTitle';
import { CollectiveForm } from './CollectiveForm';
import { useProfileItems } from './useProfileItems';

export function NewCollectivePage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const profileItems = useProfileItems();
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('collectiveForm.newTitle')}</PageTitle>
      <p>{t('collectiveForm.intro')}</p>
      <CollectiveForm
        profileItems={profileItems}
        submitLabel={t('collectiveForm.create')}
        onSubmit={async (input) => {
          const collective = await createCollective(input);
          navigate(`/collectives/${collective.id}`);
        }}
      />
    </section>
  );
}
