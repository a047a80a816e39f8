import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filesFromDrop, keepResearchFiles } from './collect-files';
import { LoadSummary } from './LoadSummary';
import { JobProgress } from './JobProgress';
import { useResearchRun } from './research-context';

/** Loads many anonymised result files: pick files, a folder or a JSON Lines bundle, or drop them. */
export function LoadPanel() {
  const { t } = useTranslation();
  const { run, job, session } = useResearchRun();
  const [isOver, setIsOver] = useState(false);

  function load(chosen: File[], fromFolder: boolean) {
    const { files, skipped } = fromFolder
      ? keepResearchFiles(chosen)
      : { files: chosen, skipped: 0 };
    if (files.length > 0 || skipped > 0) run({ files, skipped });
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsOver(false);
    void filesFromDrop(event.dataTransfer).then((files) => load(files, true));
  }

  return (
    <section aria-labelledby="load-title" className="research-panel">
      <h2 id="load-title">{t('researchScreen.load.title')}</h2>
      <p>{t('researchScreen.load.help')}</p>
      <div
        className={`research-drop${isOver ? ' research-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={onDrop}
      >
        <div className="field">
          <label htmlFor="research-files">{t('researchScreen.load.files')}</label>
          <input
            id="research-files"
            type="file"
            multiple
            accept=".json,.jsonl,.ndjson,application/json"
            aria-describedby="research-files-hint"
            onChange={(event) => {
              load([...(event.target.files ?? [])], false);
              event.target.value = '';
            }}
          />
          <p id="research-files-hint" className="field__hint">
            {t('researchScreen.load.filesHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="research-folder">{t('researchScreen.load.folder')}</label>
          <input
            id="research-folder"
            type="file"
            // React passes unknown lowercase attributes through; Chromium, Firefox and Safari read it
            {...{ webkitdirectory: '' }}
            onChange={(event) => {
              load([...(event.target.files ?? [])], true);
              event.target.value = '';
            }}
          />
        </div>
        <p className="research-drop__hint">{t('researchScreen.load.drop')}</p>
      </div>
      <JobProgress />
      {session.result && job.state !== 'running' ? (
        <LoadSummary result={session.result} skipped={session.skipped} />
      ) : null}
    </section>
  );
}
