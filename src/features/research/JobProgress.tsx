import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../ui/ProgressBar';
import { useResearchRun } from './research-context';
import { useByteFormat } from './useByteFormat';

/** A running research job: bytes done of all, and a Cancel button. */
export function RunningJob({
  done,
  total,
  cancel,
}: {
  done: number;
  total: number;
  cancel: () => void;
}) {
  const { t } = useTranslation();
  const bytes = useByteFormat();
  return (
    <div className="research-progress">
      <ProgressBar
        label={t('researchScreen.progress', { done: bytes(done), total: bytes(total) })}
        value={done}
        max={total}
      />
      <button type="button" className="button" onClick={cancel}>
        {t('researchScreen.cancel')}
      </button>
    </div>
  );
}

/** The loading job's progress with a Cancel button, and what happened when it stopped early. */
export function JobProgress() {
  const { t } = useTranslation();
  const { job, cancel } = useResearchRun();
  if (job.state === 'running')
    return <RunningJob done={job.done} total={job.total} cancel={cancel} />;
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
