import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../../ui/download';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useWorkerJob } from '../../../ui/useWorkerJob';
import { ResearchWorkerContext, useResearchRun } from '../research-context';
import {
  exportKinds,
  type ExportJobInput,
  type ExportJobResult,
  type ExportKind,
  type ResearchJobResult,
} from '../research-types';
import { ThresholdNote } from '../fsqca/ThresholdNote';

/** Downloads for R, SPSS, pandas, DuckDB and Spark; each file is made in the worker from the loaded files. */
export function ExportPanel({ result }: { result: ResearchJobResult }) {
  const { t } = useTranslation();
  const { session } = useResearchRun();
  const createWorker = useContext(ResearchWorkerContext);
  const { job, start, cancel } = useWorkerJob<ExportJobInput, ExportJobResult>(createWorker);
  const [made, setMade] = useState<{ kind: ExportKind; fileName: string } | null>(null);

  async function make(kind: ExportKind) {
    setMade(null);
    const end = await start(
      {
        files: session.files,
        outcome: session.outcome,
        thresholds: session.thresholds,
        export: kind,
      },
      session.files.length,
    );
    if (end.state !== 'done') return;
    const { fileName, mimeType, bytes } = end.result;
    downloadBlob({
      fileName,
      blob: new Blob([typeof bytes === 'string' ? bytes : bytes.slice().buffer], {
        type: mimeType,
      }),
    });
    setMade({ kind, fileName });
  }

  return (
    <section aria-labelledby="export-title" className="research-panel">
      <h2 id="export-title">{t('researchScreen.export.title')}</h2>
      <p>{t('researchScreen.export.help', { n: result.aggregate.n })}</p>
      <ul className="research-exports">
        {exportKinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="button"
              disabled={job.state === 'running'}
              onClick={() => void make(kind)}
            >
              {t(`researchScreen.export.${kind}`)}
            </button>
            <span className="muted">{t(`researchScreen.export.${kind}Help`)}</span>
          </li>
        ))}
      </ul>
      {result.fsqca ? <ThresholdNote fsqca={result.fsqca.result} /> : null}
      {job.state === 'running' ? (
        <div className="research-progress">
          <ProgressBar
            label={t('researchScreen.progress', { done: job.done, total: job.total })}
            value={job.done}
            max={job.total}
          />
          <button type="button" className="button" onClick={cancel}>
            {t('researchScreen.cancel')}
          </button>
        </div>
      ) : null}
      <p role="status">
        {made ? t('researchScreen.export.done', { name: made.fileName }) : ''}
        {job.state === 'failed' ? t('researchScreen.failed', { code: job.code }) : ''}
      </p>
    </section>
  );
}
