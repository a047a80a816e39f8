import type { SlowItem } from '../workers/job-protocol';
import { ProgressBar } from './ProgressBar';
import './job-progress.css';

/** What a job's progress block says, in the page's words. */
export type JobProgressWords = {
  progress: (done: number, total: number) => string;
  cancel: string;
  /** a line for an item the job has been busy with for a while; without it such items go unsaid */
  slow?: (item: SlowItem) => string;
};

/** A running job: how far it is, what it has been busy with for a while, and a button to stop it. */
export function JobProgress({
  done,
  total,
  slow = [],
  words,
  onCancel,
}: {
  done: number;
  total: number;
  slow?: SlowItem[];
  words: JobProgressWords;
  onCancel: () => void;
}) {
  const sayWhy = words.slow;
  return (
    <div className="job-progress">
      <ProgressBar label={words.progress(done, total)} value={done} max={total} />
      <button type="button" className="button" onClick={onCancel}>
        {words.cancel}
      </button>
      {sayWhy
        ? slow.map((item, index) => (
            <p key={`${index}-${item.name}`} className="job-progress__slow">
              {sayWhy(item)}
            </p>
          ))
        : null}
    </div>
  );
}
