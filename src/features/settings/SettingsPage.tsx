import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { BackupPanel } from './BackupPanel';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('settings.title')}</PageTitle>
      <h2>{t('language.label')}</h2>
      <LanguageSwitch />
      <p>{t('settings.languageHelp')}</p>
      <h2>{t('settings.storageTitle')}</h2>
      <p>{t('settings.storage')}</p>
      <BackupPanel />
    </section>
  );
}
