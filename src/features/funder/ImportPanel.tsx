import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../ui/ProgressBar';
import { ImportSummaryView } from './ImportSummaryView';
import { useScreenImport } from './useScreenImport';

type Props = { createWorker?: () => Worker };

/** Many PDFs and result files at once, by file button or drag-and-drop; read and checked in a worker. */
export function ImportPanel({ createWorker }: Props) {
  const { t } = useTranslation();
  const { job, summary, problem, importFiles, cancel } = useScreenImport(createWorker);
  const [isOver, setOver] = useState(false);
  const isRunning = job.state === 'running';

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (!isRunning) void importFiles([...event.dataTransfer.files]);
  };

  return (
    <section aria-labelledby="import-title" className="funder-panel">
      <h2 id="import-title">{t('funder.import.title')}</h2>
      <div
        className={isOver ? 'drop-zone drop-zone--over' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p className="drop-zone__text">{t('funder.import.dropHint')}</p>
        <input
          id="screen-files"
          type="file"
          className="visually-hidden file-input"
          multiple
          accept=".pdf,.json,application/pdf,application/json"
          aria-describedby="screen-files-hint"
          disabled={isRunning}
          onChange={(event) => {
            const chosen = [...(event.target.files ?? [])];
            event.target.value = '';
            void importFiles(chosen);
          }}
        />
        <label htmlFor="screen-files" className="button button--primary file-button">
          {t('funder.import.choose')}
        </label>
        <p id="screen-files-hint" className="field__hint">
          {t('funder.import.hint')}
        </p>
      </div>
      {isRunning ? (
        <div className="import-progress">
          <ProgressBar
            label={t('funder.import.progress', { done: job.done, total: job.total })}
            value={job.done}
            max={job.total}
          />
          <button type="button" className="button" onClick={cancel}>
            {t('funder.import.cancel')}
          </button>
        </div>
      ) : null}
      {job.state === 'cancelled' ? (
        <p role="status" className="notice">
          {t('funder.import.cancelled')}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="field__error">
          {t('funder.import.failed', { code: problem })}
        </p>
      ) : null}
      {summary ? <ImportSummaryView summary={summary} /> : null}
    </section>
  );
}
