import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenedFile } from '../../domain/screening/screen-status';
import type { ImportSummary } from './useScreenImport';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { useScreeningWords } from './useScreeningWords';

/** What happened to each file of the last batch: problems first and in full, intact files folded away. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  // hundreds of intact files are drawn only when asked for
  const [isIntactOpen, setIntactOpen] = useState(false);
  const intact = summary.files.filter((file) => file.status === 'intact');
  const others = summary.files.filter((file) => file.status !== 'intact');
  return (
    <section aria-labelledby="summary-heading" className="import-summary">
      <h3 id="summary-heading">{t('funder.import.summaryTitle')}</h3>
      <p role="status">
        {t('funder.import.summaryLine', {
          total: summary.files.length,
          intact: intact.length,
          added: summary.added,
        })}
      </p>
      {others.length > 0 ? (
        <FileTable files={others} caption={t('funder.import.problemsCaption')} />
      ) : null}
      {intact.length > 0 ? (
        <details onToggle={(event) => setIntactOpen(event.currentTarget.open)}>
          <summary>{t('funder.import.showIntact', { count: intact.length })}</summary>
          {isIntactOpen ? (
            <FileTable files={intact} caption={t('funder.import.intactCaption')} />
          ) : null}
        </details>
      ) : null}
    </section>
  );
}

function FileTable({ files, caption }: { files: ScreenedFile[]; caption: string }) {
  const { t } = useTranslation();
  const words = useScreeningWords();
  return (
    <ScrollRegion label={caption}>
      <table className="table import-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('funder.import.file')}</th>
            <th scope="col">{t('funder.columns.status')}</th>
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
                <span className={`status-badge status-badge--${file.status}`}>
                  {t(`screeningReasons.status.${file.status}`)}
                </span>
              </td>
              <td>
                {file.reasons.length === 0 ? (
                  t('funder.import.allChecked')
                ) : (
                  <ul className="reason-list">
                    {file.reasons.map((reason, i) => (
                      <li key={i}>{words.reason(reason)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
