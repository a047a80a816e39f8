import type { Column, SortState } from './screening-table';

type Props = {
  column: Column;
  sort: SortState | null;
  onSort: (sort: SortState) => void;
};

/** A column header whose button sorts the table; `aria-sort` tells screen readers the order. */
export function SortHeader({ column, sort, onSort }: Props) {
  const direction = sort?.column === column.id ? sort.direction : undefined;
  const next = direction === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={direction ?? 'none'} className={`col-${column.kind}`}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ column: column.id, direction: next })}
      >
        {column.header}
        <span aria-hidden="true" className="sort-button__mark">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
