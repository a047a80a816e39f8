import { ProgressBar } from './ProgressBar';
import './job-progress.css';

/** What a job's progress block says, in the page's words. */
export type JobProgressWords = {
  progress: (done: number, total: number) => string;
  cancel: string;
};

/** A running job: how far it is, and a button to stop it. */
export function JobProgress({
  done,
  total,
  words,
  onCancel,
}: {
  done: number;
  total: number;
  words: JobProgressWords;
  onCancel: () => void;
}) {
  return (
    <div className="job-progress">
      <ProgressBar label={words.progress(done, total)} value={done} max={total} />
      <button type="button" className="button" onClick={onCancel}>
        {words.cancel}
      </button>
    </div>
  );
}
