import type { CategoryColumn, ResearchTable } from './research-table';

type TypedArray = Float64Array | Int32Array | Int8Array | Uint8Array;

function picked<T extends TypedArray>(column: T, rows: readonly number[]): T {
  const out = new (column.constructor as new (length: number) => T)(rows.length);
  for (let i = 0; i < rows.length; i += 1) out[i] = column[rows[i] as number] as number;
  return out;
}

const pickedRecord = <T extends TypedArray>(record: Record<string, T>, rows: readonly number[]) =>
  Object.fromEntries(Object.entries(record).map(([key, column]) => [key, picked(column, rows)]));

/** A category of the rows, its values renumbered in order of first appearance (as a builder would). */
function pickedCategory(column: CategoryColumn, rows: readonly number[]): CategoryColumn {
  const renumber = new Int32Array(column.values.length).fill(-1);
  const values: (string | null)[] = [];
  const codes = new Int32Array(rows.length);
  rows.forEach((row, i) => {
    const old = column.codes[row] as number;
    if (renumber[old] === -1) {
      renumber[old] = values.length;
      values.push(column.values[old] ?? null);
    }
    codes[i] = renumber[old] as number;
  });
  return { codes, values };
}

/**
 * The table of the given rows only, in the given order, with their respondents and answers: how
 * duplicates and the scans that are not a case are left out of every figure and export.
 */
export function selectTableRows(table: ResearchTable, rows: readonly number[]): ResearchTable {
  const newRow = new Int32Array(table.n).fill(-1);
  rows.forEach((row, i) => (newRow[row] = i));
  const respondents: number[] = [];
  for (let r = 0; r < table.respondentRow.length; r += 1)
    if ((newRow[table.respondentRow[r] as number] as number) >= 0) respondents.push(r);
  // respondents are kept in the order of their new rows
  respondents.sort(
    (a, b) =>
      (newRow[table.respondentRow[a] as number] as number) -
        (newRow[table.respondentRow[b] as number] as number) || a - b,
  );
  const width = table.itemIds.length;
  const answers = new Int8Array(respondents.length * width);
  respondents.forEach((r, i) =>
    answers.set(table.answers.subarray(r * width, (r + 1) * width), i * width),
  );
  const strings = (column: string[]) => rows.map((row) => column[row] as string);
  return {
    ...table,
    n: rows.length,
    resultIds: strings(table.resultIds),
    digests: strings(table.digests),
    sources: strings(table.sources),
    questionnaire: pickedCategory(table.questionnaire, rows),
    pseudonym: pickedCategory(table.pseudonym, rows),
    sector: pickedCategory(table.sector, rows),
    legalForm: pickedCategory(table.legalForm, rows),
    memberBand: pickedCategory(table.memberBand, rows),
    province: pickedCategory(table.province, rows),
    foundingDecade: pickedCategory(table.foundingDecade, rows),
    year: picked(table.year, rows),
    k: picked(table.k, rows),
    respondents: picked(table.respondents, rows),
    means: pickedRecord(table.means, rows),
    memberships: pickedRecord(table.memberships, rows),
    iqrs: pickedRecord(table.iqrs, rows),
    routeMemberships: pickedRecord(table.routeMemberships, rows),
    routeFits: pickedRecord(table.routeFits, rows),
    viability: picked(table.viability, rows),
    necessaryMissing: picked(table.necessaryMissing, rows),
    respondentRow: Int32Array.from(
      respondents,
      (r) => newRow[table.respondentRow[r] as number] as number,
    ),
    respondentIds: respondents.map((r) => table.respondentIds[r] as string),
    answers,
  };
}
