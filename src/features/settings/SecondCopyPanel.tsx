import { useTranslation } from 'react-i18next';
import type { TableCounts } from '../../storage/second-copy/marker';
import { useSecondCopyStatus } from '../../storage/second-copy/useSecondCopyStatus';

function total(counts: TableCounts | null): string {
  return counts ? `${counts.collectives} / ${counts.scans} / ${counts.responses}` : '–';
}

/** The state of both copies on this device: the browser's database and the second copy in OPFS. */
export function SecondCopyPanel() {
  const { t } = useTranslation();
  const status = useSecondCopyStatus();
  return (
    <section aria-labelledby="second-copy-title">
      <h2 id="second-copy-title">{t('secondCopy.title')}</h2>
      <p>{t(status.kind === 'none' ? 'secondCopy.introOneCopy' : 'secondCopy.intro')}</p>
      <dl className="storage-facts">
        <dt>{t('secondCopy.databaseLabel')}</dt>
        <dd>{t('secondCopy.counts', { counts: total(status.databaseCounts) })}</dd>
        <dt>{t('secondCopy.copyLabel')}</dt>
        <dd>
          {status.kind === 'none'
            ? t('secondCopy.none')
            : status.isFailing
              ? t('secondCopy.failing')
              : t('secondCopy.counts', { counts: total(status.copyCounts) })}
        </dd>
      </dl>
      {status.rebuilt ? <p role="status">{t(`secondCopy.rebuilt.${status.rebuilt}`)}</p> : null}
      {status.skipped > 0 ? <p>{t('secondCopy.skipped', { count: status.skipped })}</p> : null}
    </section>
  );
}
