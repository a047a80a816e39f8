import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  screeningCsv,
  type CsvDelimiter,
  type CsvWords,
} from '../../report/screening/screening-csv';
import { downloadText } from '../../ui/download';
import type { TableRow } from './screening-table';
import { useScreeningVocabulary } from './useScreeningVocabulary';
import { useScreeningWords } from './useScreeningWords';

type Props = { shown: readonly TableRow[]; all: readonly TableRow[] };

/**
 * The shortlist as CSV: the rows shown now, or every applicant that passes the criteria; in the UI
 * language's words, or in codes for tools.
 */
export function ExportPanel({ shown, all }: Props) {
  const { t } = useTranslation();
  const vocabulary = useScreeningVocabulary();
  const screeningWords = useScreeningWords();
  const [which, setWhich] = useState<'shown' | 'passing'>('shown');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(';');
  const [isCodes, setCodes] = useState(false);
  const rows = which === 'shown' ? shown : all.filter((row) => row.outcome.passes);
  const words: CsvWords = {
    header: (column) => t(`funder.export.columns.${column}`),
    scoreHeader: (condition) => vocabulary.conditionTitle(condition),
    status: (status) => t(`screeningReasons.status.${status}`),
    flag: (value) => (value ? t('funder.yes') : t('funder.no')),
    routeNone: t('funder.routeNone'),
    fails: (index) => (rows[index]?.outcome.fails ?? []).map(screeningWords.fail).join(' | '),
    reasons: (index) =>
      (rows[index]?.applicant.reasons ?? []).map(screeningWords.reason).join(' | '),
  };

  const download = () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadText({
      fileName: `shortlist-${day}.csv`,
      text: screeningCsv({
        rows: rows.map((row) => row.row),
        delimiter,
        bom: delimiter === ';',
        ...(isCodes ? {} : { words }),
      }),
      mimeType: 'text/csv',
    });
  };

  return (
    <section aria-labelledby="export-title" className="funder-panel">
      <h2 id="export-title">{t('funder.export.title')}</h2>
      <fieldset className="inline-choices">
        <legend>{t('funder.export.whichLegend')}</legend>
        <label className="check">
          <input
            type="radio"
            name="export-which"
            checked={which === 'shown'}
            onChange={() => setWhich('shown')}
          />{' '}
          {t('funder.export.shown', { count: shown.length })}
        </label>
        <label className="check">
          <input
            type="radio"
            name="export-which"
            checked={which === 'passing'}
            onChange={() => setWhich('passing')}
          />{' '}
          {t('funder.export.passing', { count: all.filter((row) => row.outcome.passes).length })}
        </label>
      </fieldset>
      <fieldset className="inline-choices">
        <legend>{t('funder.export.delimiterLegend')}</legend>
        <label className="check">
          <input
            type="radio"
            name="export-delimiter"
            checked={delimiter === ';'}
            onChange={() => setDelimiter(';')}
          />{' '}
          {t('funder.export.semicolon')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="export-delimiter"
            checked={delimiter === ','}
            onChange={() => setDelimiter(',')}
          />{' '}
          {t('funder.export.comma')}
        </label>
      </fieldset>
      <fieldset className="inline-choices">
        <legend>{t('funder.export.wordsLegend')}</legend>
        <label className="check">
          <input
            type="radio"
            name="export-words"
            checked={!isCodes}
            onChange={() => setCodes(false)}
          />{' '}
          {t('funder.export.words')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="export-words"
            checked={isCodes}
            onChange={() => setCodes(true)}
          />{' '}
          {t('funder.export.codes')}
        </label>
      </fieldset>
      <p>
        <button
          type="button"
          className="button button--primary"
          disabled={rows.length === 0}
          onClick={download}
        >
          {t('funder.export.download')}
        </button>
      </p>
    </section>
  );
}
