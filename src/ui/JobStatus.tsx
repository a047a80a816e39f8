import { JobProgress, type JobProgressWords } from './JobProgress';
import type { WorkerJobState } from './useWorkerJob';

/** What a job's status says, in the page's words. */
export type JobStatusWords = JobProgressWords & {
  cancelled: string;
  failed: (code: string) => string;
};

/**
 * A worker job's state for the person waiting: progress with a Stop button while it runs, a notice
 * once stopped, the failure as an alert. `failure` is a failure found after the job (saving, say).
 */
export function JobStatus({
  job,
  words,
  onCancel,
  failure = null,
}: {
  job: WorkerJobState<unknown, unknown>;
  words: JobStatusWords;
  onCancel: () => void;
  failure?: string | null;
}) {
  const code = failure ?? (job.state === 'failed' ? job.code : null);
  return (
    <>
      {job.state === 'running' ? (
        <JobProgress
          done={job.done}
          total={job.total}
          slow={job.slow}
          words={words}
          onCancel={onCancel}
        />
      ) : null}
      {job.state === 'cancelled' ? (
        <p role="status" className="notice">
          {words.cancelled}
        </p>
      ) : null}
      {code === null ? null : (
        <p role="alert" className="field__error">
          {words.failed(code)}
        </p>
      )}
    </>
  );
}
