import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Column, TableRow } from './screening-table';
import { StatedScore } from './StatedScore';
import { useScreeningWords } from './useScreeningWords';

type Props = {
  rows: readonly TableRow[];
  /** the table's score columns, in the table's order */
  scoreColumns: readonly Column[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  isSelectionFull: boolean;
};

/**
 * The applicants on a phone: one compact card each with the name, status, criteria verdict and the
 * five scores, where a table of 17 columns would show two of them at a time.
 */
export function ApplicantCards({ rows, scoreColumns, selected, onToggle, isSelectionFull }: Props) {
  const { t } = useTranslation();
  const words = useScreeningWords();
  return (
    <ul className="applicant-cards">
      {rows.map((row) => {
        const id = row.applicant.id;
        const name = row.row.collective ?? t('funder.noName');
        const isChosen = selected.has(id);
        const carried = row.applicant.reasons.find((reason) => reason.code === 'same-result-as');
        return (
          <li key={id} className={isChosen ? 'applicant-card is-selected' : 'applicant-card'}>
            <div className="applicant-card__head">
              <input
                type="checkbox"
                aria-label={t('funder.selectOne', { name })}
                checked={isChosen}
                disabled={!isChosen && isSelectionFull}
                onChange={() => onToggle(id)}
              />
              <Link href={`/applicants/${id}`} className="applicant-card__name">
                {name}
              </Link>
            </div>
            {carried ? <p className="col-name__carried">{words.reason(carried)}</p> : null}
            <p className="applicant-card__verdict">
              <span className={`status-badge status-badge--${row.row.status}`}>
                {t(`screeningReasons.status.${row.row.status}`)}
              </span>{' '}
              <span
                className={
                  row.outcome.passes ? 'pass-flag pass-flag--pass' : 'pass-flag pass-flag--fail'
                }
              >
                {row.outcome.passes ? t('funder.pass') : t('funder.fail')}
              </span>
            </p>
            {row.outcome.fails.length > 0 ? (
              <ul className="fail-list">
                {row.outcome.fails.map((fail, index) => (
                  <li key={index}>{words.fail(fail)}</li>
                ))}
              </ul>
            ) : null}
            <dl className="applicant-card__scores">
              {scoreColumns.map((column) => {
                const stated = row.row.statedScores[column.id.slice('score:'.length)];
                return (
                  <div key={column.id}>
                    <dt>{column.header}</dt>
                    <dd>
                      {column.text(row)}
                      {stated !== undefined ? <StatedScore stated={stated} /> : null}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
