import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { ApplicantCards } from './ApplicantCards';
import { ColumnFilter } from './ColumnFilter';
import { SortHeader } from './SortHeader';
import { StatedScore } from './StatedScore';
import type { Column, Filters, SortState, TableRow } from './screening-table';
import { useScreeningWords } from './useScreeningWords';

type Props = {
  rows: readonly TableRow[];
  columns: readonly Column[];
  sort: SortState | null;
  onSort: (sort: SortState) => void;
  filters: Filters;
  onFilter: (column: string, value: string) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** no more may be chosen (compare takes four at most) */
  isSelectionFull: boolean;
};

/** Rows drawn at a time: 500 rows of 17 cells in one render held the page for most of a second. */
export const rowsPerStep = 50;

/**
 * Every applicant in one sortable, filterable table that scrolls sideways inside its own box, the
 * name column staying in place; sorting and filtering cover all rows, drawn 50 at a time with a
 * button for the next. On a phone each applicant is a card, with the table one tap away.
 */
export function ScreeningTable(props: Props) {
  const { rows, columns, sort, onSort, filters, onFilter, selected, onToggle } = props;
  const { t } = useTranslation();
  const words = useScreeningWords();
  const [limit, setLimit] = useState(rowsPerStep);
  const isPhone = useMediaQuery('(max-width: 30rem)');
  const [isTableChosen, setTableChosen] = useState(false);
  const drawn = rows.slice(0, limit);
  const isCards = isPhone && !isTableChosen;
  return (
    <>
      {isPhone ? (
        <p>
          <button
            type="button"
            className="button"
            aria-pressed={isTableChosen}
            onClick={() => setTableChosen(!isTableChosen)}
          >
            {t('funder.showAsTable')}
          </button>
        </p>
      ) : null}
      {isCards ? (
        <ApplicantCards
          rows={drawn}
          scoreColumns={columns.filter((column) => column.id.startsWith('score:'))}
          selected={selected}
          onToggle={onToggle}
          isSelectionFull={props.isSelectionFull}
        />
      ) : (
        <ScrollRegion label={t('funder.tableName')} className="screening-scroll">
          <table className="table screening-table">
            <caption className="visually-hidden">{t('funder.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-select">
                  <span className="visually-hidden">{t('funder.selectColumn')}</span>
                </th>
                {columns.map((column) => (
                  <SortHeader key={column.id} column={column} sort={sort} onSort={onSort} />
                ))}
              </tr>
              <tr className="screening-table__filters">
                <td />
                {columns.map((column) => (
                  <td key={column.id}>
                    <ColumnFilter
                      column={column}
                      value={filters[column.id] ?? ''}
                      onChange={(value) => onFilter(column.id, value)}
                    />
                  </td>
                ))}
              </tr>
            </thead>
            <tbody>
              {drawn.map((row) => {
                const id = row.applicant.id;
                const name = row.row.collective ?? t('funder.noName');
                const isChosen = selected.has(id);
                return (
                  <tr key={id} className={isChosen ? 'is-selected' : undefined}>
                    <td className="col-select">
                      <input
                        type="checkbox"
                        aria-label={t('funder.selectOne', { name })}
                        checked={isChosen}
                        disabled={!isChosen && props.isSelectionFull}
                        onChange={() => onToggle(id)}
                      />
                    </td>
                    {columns.map((column) => (
                      <Cell key={column.id} column={column} row={row} words={words} />
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {rows.length === 0 ? <p className="screening-empty">{t('funder.noRowsShown')}</p> : null}
        </ScrollRegion>
      )}
      {rows.length > limit ? (
        <button type="button" className="button" onClick={() => setLimit(limit + rowsPerStep)}>
          {t('funder.showMoreRows', {
            count: limit,
            next: words.formatNumber(Math.min(rowsPerStep, rows.length - limit)),
            shown: words.formatNumber(limit),
            total: words.formatNumber(rows.length),
          })}
        </button>
      ) : null}
    </>
  );
}

function Cell({
  column,
  row,
  words,
}: {
  column: Column;
  row: TableRow;
  words: ReturnType<typeof useScreeningWords>;
}) {
  if (column.id === 'collective') {
    return (
      <th scope="row" className="col-text col-name">
        <Link href={`/applicants/${row.applicant.id}`}>{column.text(row)}</Link>
      </th>
    );
  }
  if (column.id.startsWith('score:')) {
    const id = column.id.slice('score:'.length);
    const stated = row.row.statedScores[id];
    return (
      <td className="col-number">
        {column.text(row)}
        {stated !== undefined ? <StatedScore stated={stated} /> : null}
      </td>
    );
  }
  if (column.id === 'status') {
    // a file carrying a result that another file in the screening also carries says whose it is
    const carried = row.applicant.reasons.find((reason) => reason.code === 'same-result-as');
    return (
      <td className="col-status">
        <span className={`status-badge status-badge--${row.row.status}`}>{column.text(row)}</span>
        {carried ? <span className="col-name__carried">{words.reason(carried)}</span> : null}
      </td>
    );
  }
  if (column.id === 'passes') {
    return (
      <td className="col-passes">
        <span
          className={row.outcome.passes ? 'pass-flag pass-flag--pass' : 'pass-flag pass-flag--fail'}
        >
          {column.text(row)}
        </span>
        {row.outcome.fails.length > 0 ? (
          <ul className="fail-list">
            {row.outcome.fails.map((fail, index) => (
              <li key={index}>{words.fail(fail)}</li>
            ))}
          </ul>
        ) : null}
      </td>
    );
  }
  return <td className={`col-${column.kind}`}>{column.text(row)}</td>;
}
