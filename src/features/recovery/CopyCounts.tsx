import { useTranslation } from 'react-i18next';
import type { TableCounts } from '../../storage/second-copy/marker';

/** What the second copy holds, in words: counts per kind and the moment of the last saved answer. */
export function CopyCounts({
  counts,
  lastSavedAt,
}: {
  counts: TableCounts;
  lastSavedAt: string | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p>{t('recovery.copyHolds')}</p>
      <ul aria-label={t('recovery.copyHolds')}>
        <li>{t('recovery.collectives', { count: counts.collectives })}</li>
        <li>{t('recovery.scans', { count: counts.scans })}</li>
        <li>{t('recovery.responses', { count: counts.responses })}</li>
        {counts.invitations > 0 ? (
          <li>{t('recovery.invitations', { count: counts.invitations })}</li>
        ) : null}
        {counts.studies > 0 ? <li>{t('recovery.studies', { count: counts.studies })}</li> : null}
      </ul>
      {lastSavedAt ? (
        <p>
          {t('recovery.lastSaved', {
            at: new Date(lastSavedAt).toLocaleString(i18n.language, {
              dateStyle: 'long',
              timeStyle: 'short',
            }),
          })}
        </p>
      ) : null}
    </>
  );
}
