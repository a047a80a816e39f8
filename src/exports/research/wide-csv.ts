import type { ResearchTable } from '../../domain/research';
import { csvLine } from './csv';
import { wideColumns } from './wide-columns';

/** The wide CSV: one row per result, columns as in the codebook. */
export function wideCsv(table: ResearchTable): string {
  const columns = wideColumns(table);
  const parts = [csvLine(columns.map((column) => column.name))];
  for (let row = 0; row < table.n; row += 1)
    parts.push(csvLine(columns.map((column) => column.value(row))));
  return parts.join('');
}
