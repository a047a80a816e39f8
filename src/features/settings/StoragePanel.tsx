import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLocale } from '../../i18n/ui-language';
import {
  askPersistence,
  browserStorage,
  readStorageState,
  type StorageApi,
  type StorageState,
} from '../../storage/device-storage';
import { useLastBackupAt } from '../../storage/hooks/useLastBackupAt';
import { useFormatDate } from '../../ui/useFormatDate';
import { formatBytes } from './format-bytes';

/**
 * Whether the browser keeps the data (yes, no, not offered, or no answer in time), how much room it
 * takes, when the last backup was made.
 */
export function StoragePanel({
  storage = browserStorage(),
  answerWaitMs,
}: {
  storage?: StorageApi;
  /** how long to wait for the browser's answers; tests shorten it */
  answerWaitMs?: number;
}) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const [state, setState] = useState<StorageState | null>(null);
  const [asked, setAsked] = useState<string | null>(null);
  const lastBackupAt = useLastBackupAt();
  const locale = uiLocale(i18n);

  useEffect(() => {
    void readStorageState(storage, answerWaitMs).then(setState);
  }, [storage, asked, answerWaitMs]);

  async function ask() {
    const outcome = await askPersistence(storage, answerWaitMs);
    setAsked(
      outcome === 'persistent'
        ? 'askedGranted'
        : outcome === 'unknown'
          ? 'askedNoAnswer'
          : 'askedRefused',
    );
  }

  const persistence = state?.persistence;
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('dataSafety.storage.title')}</h2>
      <p>{t('dataSafety.storage.intro')}</p>
      <dl className="storage-facts">
        <dt>{t('dataSafety.storage.persistenceLabel')}</dt>
        <dd>{persistence ? t(`dataSafety.storage.${persistenceKey[persistence]}`) : '…'}</dd>
        <dt>{t('dataSafety.storage.usageLabel')}</dt>
        <dd>
          {state?.usage != null && state.quota != null
            ? t('dataSafety.storage.usage', {
                used: formatBytes(state.usage, locale),
                available: formatBytes(Math.max(0, state.quota - state.usage), locale),
              })
            : t('dataSafety.storage.usageUnknown')}
        </dd>
        <dt>{t('dataSafety.storage.lastBackupLabel')}</dt>
        <dd>{lastBackupAt ? formatDate(lastBackupAt) : t('dataSafety.storage.neverBackedUp')}</dd>
      </dl>
      {persistence && persistence !== 'persistent' ? (
        <div className="notice">
          <p>{t('dataSafety.storage.atRisk')}</p>
          <ul>
            <li>{t('dataSafety.storage.installTip')}</li>
            <li>{t('dataSafety.storage.backupTip')}</li>
          </ul>
          {persistence === 'best-effort' ? (
            <p>
              <button type="button" className="button" onClick={() => void ask()}>
                {t('dataSafety.storage.ask')}
              </button>
            </p>
          ) : null}
        </div>
      ) : persistence === 'persistent' ? (
        <p>{t('dataSafety.storage.safeTip')}</p>
      ) : null}
      {asked ? <p role="status">{t(`dataSafety.storage.${asked}`)}</p> : null}
    </section>
  );
}

const persistenceKey = {
  persistent: 'persistent',
  'best-effort': 'bestEffort',
  unsupported: 'unsupported',
  unknown: 'unknown',
} as const;
