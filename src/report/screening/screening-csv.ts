// The funder's shortlist as CSV, written by papaparse; the CLI (`selfscan screen --csv`) and the
// Financier page call this one writer, so both files have the same columns (listed in the README).
import Papa from 'papaparse';
import type { ScreeningRow } from '../../domain/screening/screening-rows';
import { scoreColumns } from '../../domain/screening/screening-rows';
import type { ScreenStatus } from '../../domain/screening/screen-status';

/**
 * The CSV in a person's words: headers, statuses, yes/no, and the reasons and failed criteria as
 * sentences. Without it the CSV holds the codes (for tools; the README lists them).
 */
export type CsvWords = {
  /** a fixed column's header (`file`, `status`, …) */
  header: (column: string) => string;
  /** a score column's header, from the condition id */
  scoreHeader: (condition: string) => string;
  status: (status: ScreenStatus) => string;
  flag: (value: boolean) => string;
  routeNone: string;
  /** the failed criteria and the reasons of row `index`, worded */
  fails: (index: number) => string;
  reasons: (index: number) => string;
};

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

const flag = (value: boolean) => (value ? 'yes' : 'no');

/** The column names: fixed ones, then `score_<condition>` per condition found in the rows. */
export function screeningCsvColumns(rows: readonly ScreeningRow[]): string[] {
  return [...fixedBefore, ...scoreColumns(rows).map((id) => `score_${id}`), ...fixedAfter];
}

const codeWords = (rows: readonly ScreeningRow[]): CsvWords => ({
  header: (column) => column,
  scoreHeader: (condition) => `score_${condition}`,
  status: (status) => status,
  flag,
  routeNone: 'none',
  fails: (index) => rows[index]?.fails.join(' ') ?? '',
  reasons: (index) => rows[index]?.reasons.join(' ') ?? '',
});

function cells(
  row: ScreeningRow,
  index: number,
  conditions: readonly string[],
  words: CsvWords,
): (string | number)[] {
  const yesNo = (value: boolean | null) => (value === null ? '' : words.flag(value));
  return [
    row.fileName,
    words.status(row.status),
    row.collective ?? '',
    row.sector ?? '',
    row.legalForm ?? '',
    row.municipality ?? '',
    row.province ?? '',
    row.scanDate ?? '',
    row.respondents ?? '',
    ...conditions.map((id) => row.scores[id] ?? ''),
    row.routeFit === null
      ? ''
      : row.routeFit.length === 0
        ? words.routeNone
        : row.routeFit.join('+'),
    yesNo(row.necessaryMet),
    row.questionnaire ?? '',
    row.digest ?? '',
    yesNo(row.passes),
    words.fails(index),
    words.reasons(index),
  ];
}

/**
 * The rows as CSV text (CRLF line ends), in `words` when given, else in codes. `;` suits Dutch Excel; `bom` adds the UTF-8 byte-order mark
 * Excel needs to read ë and é. Cells that would start a formula (=, +, -, @) are escaped: the names
 * come from applicants.
 */
export function screeningCsv({
  rows,
  delimiter = ',',
  bom = false,
  words = codeWords(rows),
}: {
  rows: readonly ScreeningRow[];
  delimiter?: CsvDelimiter;
  bom?: boolean;
  words?: CsvWords;
}): string {
  const conditions = scoreColumns(rows);
  const fields = [
    ...fixedBefore.map(words.header),
    ...conditions.map(words.scoreHeader),
    ...fixedAfter.map(words.header),
  ];
  const text = Papa.unparse(
    {
      fields,
      data: rows.map((row, index) => cells(row, index, conditions, words)),
    },
    { delimiter, newline: '\r\n', escapeFormulae: true },
  );
  return `${bom ? '\uFEFF' : ''}${text}\r\n`;
}
