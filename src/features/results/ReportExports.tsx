import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultFile } from '../../domain/files/result-file-schema';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { downloadBlob, safeFileName } from '../../ui/download';
import { whenIdle } from '../../ui/when-idle';
import { canShareFile, shareData } from '../../ui/share';
import { useFailureText } from '../../ui/useFailureText';
import type { TrendCharts } from './trend-charts';

type Props = {
  result: ResultFile;
  questionnaire: Questionnaire;
  language: 'nl' | 'en';
  withNames: boolean;
  onWithNamesChange: (withNames: boolean) => void;
  respondentNames: Record<string, string>;
  /** the collective's trends, printed on their own page when there are two or more closed scans */
  trends?: TrendCharts | null;
  onDownloadResult: () => void;
  /** more ways to take the result along, shown under the downloads */
  children?: ReactNode;
};

/** The PDF for a funder (jsPDF and the fonts load in idle time once shown) and the result file itself. */
export function ReportExports({
  result,
  questionnaire,
  language,
  withNames,
  onWithNamesChange,
  respondentNames,
  trends = null,
  onDownloadResult,
  children,
}: Props) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const [status, setStatus] = useState<'idle' | 'busy' | 'done' | 'shared' | 'error'>('idle');
  const [error, setError] = useState('');
  // the first click should not wait for jsPDF and the fonts: fetch them while the reader reads
  useEffect(
    () =>
      whenIdle(() => {
        import('./make-report-pdf').then((m) => m.prepareReportPdf()).catch(() => undefined);
      }),
    [],
  );

  const pdfName = `zelfscan-${safeFileName(result.collective.name ?? 'collectief')}-${safeFileName(result.scan.label ?? '')}.pdf`;
  // phones hand files to the system share sheet; the button shows only where that works
  const [canSharePdf] = useState(() =>
    canShareFile(new File(['%PDF'], 'rapport.pdf', { type: 'application/pdf' })),
  );

  async function makePdf(then: 'download' | 'share') {
    setStatus('busy');
    try {
      const { makeReportPdf } = await import('./make-report-pdf');
      const bytes = await makeReportPdf({
        result,
        questionnaire,
        language,
        trends,
        ...(withNames ? { respondentNames } : {}),
      });
      const blob = new Blob([bytes.slice().buffer], { type: 'application/pdf' });
      if (then === 'share') {
        const file = new File([blob], pdfName, { type: 'application/pdf' });
        const isShared = await shareData({ files: [file], title: t('phones.report.shareTitle') });
        setError(isShared ? '' : t('phones.shareFailed'));
        setStatus(isShared ? 'shared' : 'error');
      } else {
        downloadBlob({ fileName: pdfName, blob });
        setStatus('done');
      }
    } catch (e) {
      setError(failureText(e));
      setStatus('error');
    }
  }

  return (
    <section aria-labelledby="downloads-title" className="panel no-print">
      <h2 id="downloads-title">{t('results.exportsTitle')}</h2>
      <p>{t('results.exportsHelp')}</p>
      {/* the choice comes before the buttons it changes */}
      <div className="choice-line">
        <input
          id="with-names"
          type="checkbox"
          checked={withNames}
          onChange={(e) => onWithNamesChange(e.target.checked)}
        />
        <label htmlFor="with-names">{t('results.withNames')}</label>
      </div>
      <p className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void makePdf('download')}
          disabled={status === 'busy'}
        >
          {status === 'busy' ? t('results.pdfBusy') : t('results.downloadPdf')}
        </button>
        {canSharePdf ? (
          <button
            type="button"
            className="button"
            onClick={() => void makePdf('share')}
            disabled={status === 'busy'}
          >
            {t('phones.report.share')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onDownloadResult}>
          {t('results.downloadResult')}
        </button>
      </p>
      {children}
      <p role="status" className={status === 'error' ? 'field__error' : 'muted'}>
        {status === 'done'
          ? t('results.pdfDone')
          : status === 'shared'
            ? t('phones.report.shared')
            : status === 'error'
              ? t('results.pdfFailed', { reason: error })
              : ''}
      </p>
    </section>
  );
}
