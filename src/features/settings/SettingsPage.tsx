import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { appGenerator } from '../../ui/app-info';
import { BackupPanel } from './BackupPanel';
import { DeleteEverythingPanel } from './DeleteEverythingPanel';
import { SecondCopyPanel } from './SecondCopyPanel';
import { StoragePanel } from './StoragePanel';
import './settings.css';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <PageTitle>{t('settings.title')}</PageTitle>
      <h2>{t('language.label')}</h2>
      <LanguageSwitch />
      <p>{t('settings.languageHelp')}</p>
      <StoragePanel />
      <SecondCopyPanel />
      <BackupPanel />
      <DeleteEverythingPanel />
      <p className="muted">{t('dataSafety.version', { version: appGenerator.version })}</p>
    </section>
  );
}
