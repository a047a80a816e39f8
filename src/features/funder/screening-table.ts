import type { Applicant } from '../../domain/screening/applicant';
import type { CriteriaOutcome } from '../../domain/screening/criteria';
import type { ScreeningRow } from '../../domain/screening/screening-rows';

/** One line of the funder's table: the stored applicant, its table row and its outcome on the criteria. */
export type TableRow = { applicant: Applicant; row: ScreeningRow; outcome: CriteriaOutcome };

export type ColumnKind = 'text' | 'choice' | 'number';

export type Column = {
  id: string;
  header: string;
  kind: ColumnKind;
  /** what is compared when sorting and choice-filtering; null sorts last */
  value: (row: TableRow) => string | number | null;
  /** what the cell shows, and what a text filter searches */
  text: (row: TableRow) => string;
  /** for choice columns: the values to filter on, with their labels */
  options?: { value: string; label: string }[];
};

export type SortState = { column: string; direction: 'ascending' | 'descending' };

/** Filter per column id: text to find, a chosen value, or a minimum for numbers; '' means no filter. */
export type Filters = Record<string, string>;

function matches(column: Column, row: TableRow, filter: string): boolean {
  if (filter.trim() === '') return true;
  if (column.kind === 'choice') return String(column.value(row) ?? '') === filter;
  if (column.kind === 'number') {
    const min = Number(filter.replace(',', '.'));
    const value = column.value(row);
    return Number.isNaN(min) || (typeof value === 'number' && value >= min);
  }
  return column.text(row).toLocaleLowerCase().includes(filter.trim().toLocaleLowerCase());
}

/** The rows that pass every column's filter. */
export function filterRows({
  rows,
  columns,
  filters,
}: {
  rows: readonly TableRow[];
  columns: readonly Column[];
  filters: Filters;
}): TableRow[] {
  const active = columns.filter((c) => (filters[c.id] ?? '').trim() !== '');
  return rows.filter((row) => active.every((c) => matches(c, row, filters[c.id] ?? '')));
}

/** The rows sorted on one column; empty values last in both directions, ties in import order. */
export function sortRows({
  rows,
  columns,
  sort,
}: {
  rows: readonly TableRow[];
  columns: readonly Column[];
  sort: SortState | null;
}): TableRow[] {
  const column = columns.find((c) => c.id === sort?.column);
  if (!column || !sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const key = (row: TableRow) => (column.kind === 'number' ? column.value(row) : column.text(row));
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const xEmpty = x === null || x === '';
    const yEmpty = y === null || y === '';
    if (xEmpty || yEmpty) return Number(xEmpty) - Number(yEmpty);
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y), 'nl', { numeric: true });
  });
}
