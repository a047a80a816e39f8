import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultFile } from '../../domain/files/result-file-schema';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { downloadBlob, safeFileName } from '../../ui/download';
import { whenIdle } from '../../ui/when-idle';

type Props = {
  result: ResultFile;
  questionnaire: Questionnaire;
  language: 'nl' | 'en';
  withNames: boolean;
  onWithNamesChange: (withNames: boolean) => void;
  respondentNames: Record<string, string>;
  onDownloadResult: () => void;
  /** more ways to take the result along, shown under the downloads */
  children?: ReactNode;
};

/** The PDF for a funder (jsPDF and the fonts load in idle time once shown) and the result file itself. */
export function ReportDownloads({
  result,
  questionnaire,
  language,
  withNames,
  onWithNamesChange,
  respondentNames,
  onDownloadResult,
  children,
}: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'busy' | 'done' | 'error'>('idle');
  const [error, setError] = useState('');
  // the first click should not wait for jsPDF and the fonts: fetch them while the reader reads
  useEffect(
    () =>
      whenIdle(() => {
        import('./make-report-pdf').then((m) => m.prepareReportPdf()).catch(() => undefined);
      }),
    [],
  );

  async function downloadPdf() {
    setStatus('busy');
    try {
      const { makeReportPdf } = await import('./make-report-pdf');
      const bytes = await makeReportPdf({
        result,
        questionnaire,
        language,
        ...(withNames ? { respondentNames } : {}),
      });
      downloadBlob({
        fileName: `zelfscan-${safeFileName(result.collective.name ?? 'collectief')}-${safeFileName(result.scan.label ?? '')}.pdf`,
        blob: new Blob([bytes.slice().buffer], { type: 'application/pdf' }),
      });
      setStatus('done');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStatus('error');
    }
  }

  return (
    <section aria-labelledby="downloads-title" className="panel no-print">
      <h2 id="downloads-title">{t('results.downloadsTitle')}</h2>
      <p>{t('results.downloadsHelp')}</p>
      <p className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void downloadPdf()}
          disabled={status === 'busy'}
        >
          {status === 'busy' ? t('results.pdfBusy') : t('results.downloadPdf')}
        </button>
        <button type="button" className="button" onClick={onDownloadResult}>
          {t('results.downloadResult')}
        </button>
      </p>
      <div className="choice-line">
        <input
          id="with-names"
          type="checkbox"
          checked={withNames}
          onChange={(e) => onWithNamesChange(e.target.checked)}
        />
        <label htmlFor="with-names">{t('results.withNames')}</label>
      </div>
      {children}
      <p role="status" className={status === 'error' ? 'field__error' : 'muted'}>
        {status === 'done'
          ? t('results.pdfDone')
          : status === 'error'
            ? t('results.pdfFailed', { reason: error })
            : ''}
      </p>
    </section>
  );
}
