import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PersistenceRequest } from './usePersistenceRequest';

/** One sentence on why the app asks the browser to keep the answers, and what a refusal means. */
export function PersistenceNotice({ request }: { request: PersistenceRequest }) {
  const { t } = useTranslation();
  if (request === null || request === 'unsupported') return null;
  return (
    <div className={request === 'best-effort' ? 'notice' : undefined} role="status">
      <p className={request === 'best-effort' ? undefined : 'muted'}>
        {request === 'persistent'
          ? t('dataSafety.persist.granted')
          : t('dataSafety.persist.refused')}
      </p>
      {request === 'best-effort' ? (
        <p>
          <Link href="/settings">{t('dataSafety.persist.settingsLink')}</Link>
        </p>
      ) : null}
    </div>
  );
}
