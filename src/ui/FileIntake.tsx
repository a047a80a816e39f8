import type { ReactNode } from 'react';
import { DropZone } from './DropZone';
import { FileButton } from './FileButton';
import { JobStatus, type JobStatusWords } from './JobStatus';
import type { WorkerJobState } from './useWorkerJob';
import './file-intake.css';

/** One of the intake's file buttons (many files, or a whole folder). */
export type IntakeButton = {
  id: string;
  label: string;
  accept?: string;
  isMultiple?: boolean;
  isFolder?: boolean;
  isLabelHidden?: boolean;
  hint?: string;
  onFiles: (files: File[]) => void;
};

type Props = {
  buttons: IntakeButton[];
  /** what the drop zone says */
  dropHint: string;
  /** files and folders dropped on the zone */
  onDrop: (data: DataTransfer) => void;
  /** the worker job reading the files, and its words; without one, no progress is shown */
  job?: { state: WorkerJobState<unknown, unknown>; words: JobStatusWords; onCancel: () => void };
  /** no new files while the job runs */
  isBusyWhileRunning?: boolean;
  /** what the job found, shown under it */
  summary?: ReactNode;
};

/**
 * Where many files come into the app: a drop zone with the app's own file buttons, the chosen files,
 * the reading job's progress with a Stop button, its failure, and a slot for what it found.
 */
export function FileIntake({
  buttons,
  dropHint,
  onDrop,
  job,
  isBusyWhileRunning = false,
  summary,
}: Props) {
  const isDisabled = isBusyWhileRunning && job?.state.state === 'running';
  return (
    <div className="file-intake">
      <DropZone onDrop={onDrop} isDisabled={isDisabled}>
        <p className="drop-zone__text">{dropHint}</p>
        {buttons.map(({ hint, ...button }) => (
          <div key={button.id} className="file-intake__button">
            <FileButton
              {...button}
              isDisabled={isDisabled}
              describedBy={hint ? `${button.id}-hint` : undefined}
            />
            {hint ? (
              <p id={`${button.id}-hint`} className="field__hint">
                {hint}
              </p>
            ) : null}
          </div>
        ))}
      </DropZone>
      {job ? <JobStatus job={job.state} words={job.words} onCancel={job.onCancel} /> : null}
      {summary}
    </div>
  );
}
