// The funder's shortlist as CSV, written by papaparse; the CLI (`selfscan screen --csv`) and the
// Financier page call this one writer, so both files have the same columns (listed in the README).
import Papa from 'papaparse';
import type { ScreeningRow } from '../../domain/screening/screening-rows';
import { scoreColumns } from '../../domain/screening/screening-rows';

export type CsvDelimiter = ',' | ';';

const fixedBefore = [
  'file',
  'status',
  'collective',
  'sector',
  'legal_form',
  'municipality',
  'province',
  'scan_date',
  'respondents',
] as const;
const fixedAfter = [
  'route_fit',
  'necessary_met',
  'questionnaire',
  'digest',
  'passes',
  'fails',
  'reasons',
] as const;

const flag = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');

/** The column names: fixed ones, then `score_<condition>` per condition found in the rows. */
export function screeningCsvColumns(rows: readonly ScreeningRow[]): string[] {
  return [...fixedBefore, ...scoreColumns(rows).map((id) => `score_${id}`), ...fixedAfter];
}

function cells(row: ScreeningRow, conditions: readonly string[]): (string | number)[] {
  return [
    row.fileName,
    row.status,
    row.collective ?? '',
    row.sector ?? '',
    row.legalForm ?? '',
    row.municipality ?? '',
    row.province ?? '',
    row.scanDate ?? '',
    row.respondents ?? '',
    ...conditions.map((id) => row.scores[id] ?? ''),
    row.routeFit === null ? '' : row.routeFit.length === 0 ? 'none' : row.routeFit.join('+'),
    flag(row.necessaryMet),
    row.questionnaire ?? '',
    row.digest ?? '',
    flag(row.passes),
    row.fails.join(' '),
    row.reasons.join(' '),
  ];
}

/**
 * The rows as CSV text (CRLF line ends). `;` suits Dutch Excel; `bom` adds the UTF-8 byte-order mark
 * Excel needs to read ë and é. Cells that would start a formula (=, +, -, @) are escaped: the names
 * come from applicants.
 */
export function screeningCsv({
  rows,
  delimiter = ',',
  bom = false,
}: {
  rows: readonly ScreeningRow[];
  delimiter?: CsvDelimiter;
  bom?: boolean;
}): string {
  const conditions = scoreColumns(rows);
  const text = Papa.unparse(
    {
      fields: screeningCsvColumns(rows),
      data: rows.map((row) => cells(row, conditions)),
    },
    { delimiter, newline: '\r\n', escapeFormulae: true },
  );
  return `${bom ? '\uFEFF' : ''}${text}\r\n`;
}
