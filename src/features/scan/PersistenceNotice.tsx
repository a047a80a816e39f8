import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PersistenceRequest } from './usePersistenceRequest';

/** One sentence on why the app asks the browser to keep the answers, and what a refusal means. */
export function PersistenceNotice({ request }: { request: PersistenceRequest }) {
  const { t } = useTranslation();
  if (request === null || request === 'unsupported') return null;
  const isAtRisk = request !== 'persistent';
  return (
    <div className={isAtRisk ? 'notice' : undefined} role="status">
      <p className={isAtRisk ? undefined : 'muted'}>
        {t(`dataSafety.persist.${noticeKey[request]}`)}
      </p>
      {isAtRisk ? (
        <p>
          <Link href="/settings">{t('dataSafety.persist.settingsLink')}</Link>
        </p>
      ) : null}
    </div>
  );
}

const noticeKey = {
  persistent: 'granted',
  'best-effort': 'refused',
  unknown: 'noAnswer',
} as const;
