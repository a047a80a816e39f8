import { useTranslation } from 'react-i18next';
import { FileIntake } from '../../ui/FileIntake';
import { useFormatNumber } from '../../ui/useFormatNumber';
import { useSearchParam } from '../../ui/useSearchParam';
import { ImportSummaryView } from './ImportSummaryView';
import { fileTimeLimitMs, useScreenImport } from './useScreenImport';

type Props = { createWorker?: () => Worker };

/** Many PDFs and result files at once, by file button or drag-and-drop; read and checked in a worker. */
export function ImportPanel({ createWorker }: Props) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const timeLimitMs = fileTimeLimitMs(useSearchParam('fileTimeLimitMs'));
  const { job, summary, importFiles, cancel } = useScreenImport(createWorker, timeLimitMs);

  return (
    <section aria-labelledby="import-title" className="funder-panel">
      <h2 id="import-title">{t('funder.import.title')}</h2>
      <FileIntake
        dropHint={t('funder.import.dropHint')}
        buttons={[
          {
            id: 'screen-files',
            label: t('funder.import.choose'),
            isLabelHidden: true,
            isMultiple: true,
            accept: '.pdf,.json,application/pdf,application/json',
            hint: t('funder.import.hint'),
            onFiles: (files) => void importFiles(files),
          },
        ]}
        onDrop={(data) => void importFiles([...data.files])}
        isBusyWhileRunning
        job={{
          state: job,
          words: {
            progress: (done, total) =>
              t('funder.import.progress', {
                count: total,
                done: formatNumber(done),
                total: formatNumber(total),
              }),
            slow: ({ name, seconds }) =>
              t('funder.import.slow', {
                name,
                seconds: formatNumber(seconds),
                limit: formatNumber(timeLimitMs / 1000),
              }),
            cancel: t('funder.import.cancel'),
            cancelled: t('funder.import.cancelled'),
            failed: (code) => t('funder.import.failed', { code }),
          },
          onCancel: cancel,
        }}
        summary={summary ? <ImportSummaryView summary={summary} /> : null}
      />
    </section>
  );
}
