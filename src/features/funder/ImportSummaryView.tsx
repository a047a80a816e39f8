import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { screenStatuses, type ScreenedFile } from '../../domain/screening/screen-status';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { useFormatNumber } from '../../ui/useFormatNumber';
import { useMediaQuery } from '../../ui/useMediaQuery';
import type { ImportSummary } from './useScreenImport';
import { useScreeningWords } from './useScreeningWords';

// an intact file read before needs nothing; one carrying another file's result has a reason
const needsAttention = (file: ScreenedFile) => file.status !== 'intact' || file.reasons.length > 0;

/**
 * What happened to each file of the last batch: the count per status (adding up to the files read),
 * problems first and in full, intact files folded away. On a phone the files are a list, not a table.
 */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  // hundreds of intact files are drawn only when asked for
  const [isIntactOpen, setIntactOpen] = useState(false);
  const others = summary.files.filter(needsAttention);
  const intact = summary.files.filter((file) => !needsAttention(file));
  const readBefore = summary.files.filter((file) => file.isAlreadyImported).length;
  const counts = screenStatuses
    .map((status) => ({
      status,
      count: summary.files.filter((file) => file.status === status).length,
    }))
    .filter(({ count }) => count > 0);
  return (
    <section aria-labelledby="summary-heading" className="import-summary">
      <h3 id="summary-heading">{t('funder.import.summaryTitle')}</h3>
      <div role="status">
        <p>
          {t('funder.import.filesRead', {
            count: summary.files.length,
            total: formatNumber(summary.files.length),
          })}
        </p>
        <ul className="status-counts">
          {counts.map(({ status, count }) => (
            <li key={status}>
              <span className={`status-badge status-badge--${status}`}>
                {t(`screeningReasons.status.${status}`)}
              </span>{' '}
              {formatNumber(count)}
            </li>
          ))}
        </ul>
        <p>
          {t('funder.import.added', { count: summary.added, added: formatNumber(summary.added) })}
          {readBefore > 0
            ? ` ${t('funder.import.readBefore', { count: readBefore, readBefore: formatNumber(readBefore) })}`
            : null}
        </p>
      </div>
      {others.length > 0 ? (
        <FileList files={others} caption={t('funder.import.problemsCaption')} />
      ) : null}
      {intact.length > 0 ? (
        <details onToggle={(event) => setIntactOpen(event.currentTarget.open)}>
          <summary>
            {t('funder.import.showIntact', {
              count: intact.length,
              intact: formatNumber(intact.length),
            })}
          </summary>
          {isIntactOpen ? (
            <FileList files={intact} caption={t('funder.import.intactCaption')} />
          ) : null}
        </details>
      ) : null}
    </section>
  );
}

function FileList({ files, caption }: { files: ScreenedFile[]; caption: string }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 30rem)');
  if (isPhone) {
    return (
      <section className="import-list" aria-label={caption}>
        <h4>{caption}</h4>
        <ul>
          {files.map((file, index) => (
            <li key={`${file.fileName}-${index}`}>
              <p className="file-name">{file.fileName}</p>
              <FileOutcome file={file} />
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <ScrollRegion label={caption}>
      <table className="table import-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('funder.import.file')}</th>
            <th scope="col">{t('funder.import.why')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file, index) => (
            <tr key={`${file.fileName}-${index}`}>
              <th scope="row" className="file-name">
                {file.fileName}
              </th>
              <td>
                <FileOutcome file={file} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A file's status, whether it was read before, and every reason. */
function FileOutcome({ file }: { file: ScreenedFile }) {
  const { t } = useTranslation();
  const words = useScreeningWords();
  return (
    <>
      <p className="file-outcome">
        <span className={`status-badge status-badge--${file.status}`}>
          {t(`screeningReasons.status.${file.status}`)}
        </span>
        {file.isAlreadyImported ? (
          <span className="status-badge status-badge--read-before">
            {t('funder.import.alreadyRead')}
          </span>
        ) : null}
      </p>
      {file.reasons.length === 0 ? (
        <p className="file-outcome__line">{t('funder.import.allChecked')}</p>
      ) : (
        <ul className="reason-list">
          {file.reasons.map((reason, i) => (
            <li key={i}>{words.reason(reason)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
