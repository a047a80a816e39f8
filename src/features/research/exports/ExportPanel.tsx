import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { researchExportKinds, type ResearchExportKind } from '../../../exports/research';
import { downloadBlob } from '../../../ui/download';
import { JobProgress } from '../../../ui/JobProgress';
import { useWorkerJob } from '../../../ui/useWorkerJob';
import { CasesNote } from '../CasesNote';
import { ThresholdNote } from '../fsqca/ThresholdNote';
import { ResearchWorkerContext, useResearchJobHandle } from '../research-context';
import type { ResearchJobInput, ResearchJobResult } from '../research-types';
import { useResearchJobWords } from '../ResearchJobStatus';

const fsqcaKinds: readonly ResearchExportKind[] = [
  'memberships-csv',
  'truth-table-csv',
  'fsqca-json',
];

/** Downloads for R, SPSS, pandas, DuckDB and Spark; the worker makes each file from the loaded files. */
export function ExportPanel({ result }: { result: ResearchJobResult }) {
  const { t } = useTranslation();
  const { session, inputFor } = useResearchJobHandle();
  const createWorker = useContext(ResearchWorkerContext);
  const { job, start, cancel } = useWorkerJob<ResearchJobInput, ResearchJobResult>(createWorker);
  const [made, setMade] = useState<string | null>(null);
  const words = useResearchJobWords();
  const kinds = researchExportKinds.filter((kind) => result.fsqca || !fsqcaKinds.includes(kind));

  async function make(kind: ResearchExportKind) {
    setMade(null);
    // from what is loaded: the worker builds the file from the loaded table, reading nothing again
    const input = { ...inputFor(session), exports: [kind], keepTable: false };
    const end = await start(
      input,
      Math.max(
        1,
        input.files.reduce((sum, f) => sum + f.size, 0),
      ),
    );
    const file = end.state === 'done' ? end.result.exports[0] : undefined;
    if (!file) return;
    downloadBlob({
      fileName: file.fileName,
      blob: new Blob([file.bytes.slice().buffer], { type: file.mediaType }),
    });
    setMade(file.fileName);
  }

  return (
    <section aria-labelledby="export-title" className="research-panel">
      <h2 id="export-title">{t('researchScreen.export.title')}</h2>
      <p>{t('researchScreen.export.help', { count: result.n })}</p>
      <CasesNote cases={result.cases} />
      <ul className="research-exports">
        {kinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="button"
              disabled={job.state === 'running'}
              onClick={() => void make(kind)}
            >
              {t(`researchScreen.export.kinds.${kind}`)}
            </button>
            <span className="muted">{t(`researchScreen.export.help_${kind}`)}</span>
          </li>
        ))}
      </ul>
      {result.fsqca ? (
        <ThresholdNote fsqca={result.fsqca} />
      ) : (
        <p className="muted">{t('researchScreen.export.noFsqca')}</p>
      )}
      {job.state === 'running' ? (
        <JobProgress done={job.done} total={job.total} words={words} onCancel={cancel} />
      ) : null}
      <p role="status">
        {made ? t('researchScreen.export.done', { name: made }) : ''}
        {job.state === 'failed' ? t('researchScreen.failed', { code: job.code }) : ''}
      </p>
    </section>
  );
}
