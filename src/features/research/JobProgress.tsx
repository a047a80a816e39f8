import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../ui/ProgressBar';
import { useResearchRun } from './research-context';
import { useByteFormat } from './useByteFormat';

/** The worker's progress with a Cancel button, and what happened when it stopped early. */
export function JobProgress() {
  const { t } = useTranslation();
  const { job, cancel } = useResearchRun();
  const bytes = useByteFormat();
  if (job.state === 'running') {
    return (
      <div className="research-progress">
        <ProgressBar
          label={t('researchScreen.progress', { done: bytes(job.done), total: bytes(job.total) })}
          value={job.done}
          max={job.total}
        />
        <button type="button" className="button" onClick={cancel}>
          {t('researchScreen.cancel')}
        </button>
      </div>
    );
  }
  if (job.state === 'cancelled') return <p role="status">{t('researchScreen.cancelled')}</p>;
  if (job.state === 'failed') {
    return (
      <p role="alert" className="field__error">
        {t('researchScreen.failed', { code: job.code })}
      </p>
    );
  }
  return null;
}
