import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLastBackupAt } from '../storage/hooks/useLastBackupAt';
import { useFormatDate } from './useFormatDate';

/** After a scan is closed: asks the coordinator for a backup, unless one was made since. */
export function BackupReminder({ closedAt }: { closedAt: string | null }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const lastBackupAt = useLastBackupAt();
  if (closedAt === null || lastBackupAt === undefined) return null;
  if (lastBackupAt && Date.parse(lastBackupAt) >= Date.parse(closedAt)) return null;
  return (
    <div className="notice no-print">
      <p>
        {lastBackupAt
          ? t('dataSafety.reminder.textSince', { date: formatDate(lastBackupAt) })
          : t('dataSafety.reminder.text')}
      </p>
      <p>
        <Link href="/settings">{t('dataSafety.reminder.link')}</Link>
      </p>
    </div>
  );
}
