import { useTranslation } from 'react-i18next';
import { FileIntake } from '../../ui/FileIntake';
import { filesFromDrop, keepResearchFiles } from './collect-files';
import { LoadSummary } from './LoadSummary';
import { useResearchJobWords } from './ResearchJobStatus';
import { useResearchJobHandle } from './research-context';

/** Loads many anonymised result files: pick files, a folder or a JSON Lines bundle, or drop them. */
export function LoadPanel() {
  const { t } = useTranslation();
  const { run, job, cancel, session } = useResearchJobHandle();
  const words = useResearchJobWords();

  function load(chosen: File[], fromFolder: boolean) {
    const { files, skipped } = fromFolder
      ? keepResearchFiles(chosen)
      : { files: chosen, skipped: 0 };
    if (files.length > 0 || skipped > 0) run({ files, skipped });
  }

  return (
    <section aria-labelledby="load-title" className="research-panel">
      <h2 id="load-title">{t('researchScreen.load.title')}</h2>
      <p>{t('researchScreen.load.help')}</p>
      <FileIntake
        dropHint={t('researchScreen.load.drop')}
        buttons={[
          {
            id: 'research-files',
            label: t('researchScreen.load.files'),
            isMultiple: true,
            accept: '.json,.jsonl,.ndjson,application/json',
            hint: t('researchScreen.load.filesHint'),
            onFiles: (files) => load(files, false),
          },
          {
            id: 'research-folder',
            label: t('researchScreen.load.folder'),
            isFolder: true,
            onFiles: (files) => load(files, true),
          },
        ]}
        onDrop={(data) => void filesFromDrop(data).then((files) => load(files, true))}
        job={{ state: job, words, onCancel: cancel }}
        summary={
          session.result && job.state !== 'running' ? (
            <LoadSummary result={session.result} skipped={session.skipped} />
          ) : null
        }
      />
    </section>
  );
}
