import { useTranslation } from 'react-i18next';
import type { Applicant } from '../../domain/screening/applicant';
import { useFormatDate } from '../../ui/useFormatDate';
import { useScreeningWords } from './useScreeningWords';

/** What the import found: the file, its status and every reason, on top of the detail view. */
export function FindingsPanel({ applicant }: { applicant: Applicant }) {
  const { t } = useTranslation();
  const words = useScreeningWords();
  const formatDate = useFormatDate();
  const isIntact = applicant.status === 'intact';
  return (
    <section
      aria-labelledby="findings-title"
      className={isIntact ? 'findings findings--intact' : 'findings findings--problem'}
    >
      <h2 id="findings-title">{t('funder.detail.findingsTitle')}</h2>
      <p>
        <span className={`status-badge status-badge--${applicant.status}`}>
          {t(`screeningReasons.status.${applicant.status}`)}
        </span>{' '}
        {isIntact ? t('funder.detail.intactLine') : t('funder.detail.problemLine')}
      </p>
      {applicant.reasons.length > 0 ? (
        <ul className="reason-list">
          {applicant.reasons.map((reason, index) => (
            <li key={index}>{words.reason(reason)}</li>
          ))}
        </ul>
      ) : null}
      <p className="muted">
        {t('funder.detail.fileLine', {
          name: applicant.fileName,
          date: formatDate(applicant.importedAt),
        })}
      </p>
    </section>
  );
}
