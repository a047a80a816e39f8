import { useTranslation } from 'react-i18next';
import { JobStatus, type JobStatusWords } from '../../ui/JobStatus';
import { useResearchJobHandle } from './research-context';
import { useByteFormat } from './useByteFormat';

/** The research job's words: bytes read of all, Stop, stopped, failed. */
export function useResearchJobWords(): JobStatusWords {
  const { t } = useTranslation();
  const bytes = useByteFormat();
  return {
    progress: (done, total) =>
      t('researchScreen.progress', { done: bytes(done), total: bytes(total) }),
    cancel: t('researchScreen.cancel'),
    cancelled: t('researchScreen.cancelled'),
    failed: (code) => t('researchScreen.failed', { code }),
  };
}

/** The research job's progress with a Stop button, and what happened when it stopped early. */
export function ResearchJobStatus() {
  const { job, cancel } = useResearchJobHandle();
  return <JobStatus job={job} words={useResearchJobWords()} onCancel={cancel} />;
}
