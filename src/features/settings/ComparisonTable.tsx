import { useTranslation } from 'react-i18next';
import type { BackupComparison, FateCounts } from '../../domain/collective/backup-compare';
import type { RowFate } from '../../domain/collective/backup-merge';

const fateOrder: RowFate[] = ['newerInBackup', 'onlyInBackup', 'newerHere', 'onlyHere', 'same'];

function FateList({ counts }: { counts: FateCounts }) {
  const { t } = useTranslation();
  const shown = fateOrder.filter((fate) => counts[fate] > 0);
  if (shown.length === 0) return <>{t('dataSafety.restore.nothing')}</>;
  return (
    <ul>
      {shown.map((fate) => (
        <li key={fate}>{t(`dataSafety.restore.fate.${fate}`, { count: counts[fate] })}</li>
      ))}
    </ul>
  );
}

/** The backup against this device, one row per collective: its scans and answers by what a merge does with them. */
export function ComparisonTable({ comparison }: { comparison: BackupComparison }) {
  const { t } = useTranslation();
  return (
    <table className="comparison">
      <caption>{t('dataSafety.restore.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dataSafety.restore.collective')}</th>
          <th scope="col">{t('dataSafety.restore.scans')}</th>
          <th scope="col">{t('dataSafety.restore.responses')}</th>
        </tr>
      </thead>
      <tbody>
        {comparison.collectives.map((row) => (
          <tr key={row.collectiveId ?? ''}>
            <th scope="row">
              {row.name ?? t('dataSafety.restore.ownAnswers')}
              {row.collective ? (
                <div className="muted">
                  {t(`dataSafety.restore.collectiveFate.${row.collective}`)}
                </div>
              ) : null}
            </th>
            <td>
              <FateList counts={row.scans} />
            </td>
            <td>
              <FateList counts={row.responses} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
