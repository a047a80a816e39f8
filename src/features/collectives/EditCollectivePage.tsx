import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { updateCollective } from '../../storage/device/collectives';
import { useCollective } from '../../storage/hooks/useCollectives';
import { PageTitle } from '../../ui/PageTitle';
import { NotFoundNotice } from '../../ui/NotFoundNotice';
import { CollectiveForm } from './CollectiveForm';
import { useProfileItems } from './useProfileItems';

export function EditCollectivePage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const profileItems = useProfileItems();
  const collective = useCollective(params.id);
  if (collective === undefined) return null;
  if (collective === null) return <NotFoundNotice />;
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('collectiveForm.editTitle', { name: collective.name })}</PageTitle>
      <CollectiveForm
        profileItems={profileItems}
        initial={collective}
        submitLabel={t('collectiveForm.save')}
        onSubmit={async (input) => {
          await updateCollective(collective.id, input);
          navigate(`/collectives/${collective.id}`);
        }}
      />
    </section>
  );
}
