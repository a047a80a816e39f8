import type { CategoryColumn, ResearchTable } from './research-table';

type TypedArray = Float64Array | Int32Array | Int8Array | Uint8Array;

function concatenated<T extends TypedArray>(parts: T[], make: (length: number) => T): T {
  const all = make(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** Category columns joined: values in order of first appearance, each part's codes renumbered. */
function mergedCategory(columns: CategoryColumn[]): CategoryColumn {
  const values: (string | null)[] = [];
  const lookup = new Map<string | null, number>();
  const codes = concatenated(
    columns.map((column) => {
      const renumber = column.values.map((value) => {
        let code = lookup.get(value);
        if (code === undefined) {
          code = values.length;
          lookup.set(value, code);
          values.push(value);
        }
        return code;
      });
      return column.codes.map((code) => renumber[code] as number);
    }),
    (length) => new Int32Array(length),
  );
  return { codes, values };
}

/** The keys of every part, in order of first appearance (as one builder would have met them). */
const unionOf = (lists: string[][]) => [...new Set(lists.flat())];

/** Keyed columns joined; a part without a key gets `missing` for its rows. */
function mergedKeyed<T extends TypedArray>(
  parts: { n: number; columns: Record<string, T> }[],
  keys: string[],
  make: (length: number) => T,
  missing: number,
): Record<string, T> {
  const padding = (n: number) => {
    const column = make(n);
    column.fill(missing);
    return column;
  };
  const columns = (key: string) => parts.map(({ n, columns: own }) => own[key] ?? padding(n));
  return Object.fromEntries(keys.map((key) => [key, concatenated(columns(key), make)]));
}

/**
 * One research table from tables built apart over consecutive parts of a batch (one per worker): the
 * same table one builder would have built from all files in that order.
 */
export function mergeResearchTables(tables: readonly ResearchTable[]): ResearchTable {
  const parts = [...tables];
  const n = parts.reduce((sum, table) => sum + table.n, 0);
  const conditionIds = unionOf(parts.map((table) => table.conditionIds));
  const routeIds = unionOf(parts.map((table) => table.routeIds));
  const itemIds = unionOf(parts.map((table) => table.itemIds));
  const floats = (pick: (table: ResearchTable) => Record<string, Float64Array>, keys: string[]) =>
    mergedKeyed(
      parts.map((table) => ({ n: table.n, columns: pick(table) })),
      keys,
      (length) => new Float64Array(length),
      NaN,
    );
  const category = (pick: (table: ResearchTable) => CategoryColumn) =>
    mergedCategory(parts.map(pick));
  let rowsBefore = 0;
  const respondentRow = concatenated(
    parts.map((table) => {
      const rows = table.respondentRow.map((row) => row + rowsBefore);
      rowsBefore += table.n;
      return rows;
    }),
    (length) => new Int32Array(length),
  );
  const answers = new Int8Array(respondentRow.length * itemIds.length).fill(-1);
  let respondentsBefore = 0;
  for (const table of parts) {
    const width = table.itemIds.length;
    if (width === itemIds.length && table.itemIds.every((itemId, j) => itemIds[j] === itemId)) {
      // the usual case, the same items in the same order: the rows copy as one block
      answers.set(table.answers, respondentsBefore * width);
      respondentsBefore += table.respondentRow.length;
      continue;
    }
    const columnOf = table.itemIds.map((itemId) => itemIds.indexOf(itemId));
    for (let r = 0; r < table.respondentRow.length; r += 1) {
      const target = (respondentsBefore + r) * itemIds.length;
      for (let j = 0; j < width; j += 1)
        answers[target + (columnOf[j] as number)] = table.answers[r * width + j] as number;
    }
    respondentsBefore += table.respondentRow.length;
  }
  return {
    n,
    conditionIds,
    routeIds,
    resultIds: parts.flatMap((table) => table.resultIds),
    digests: parts.flatMap((table) => table.digests),
    sources: parts.flatMap((table) => table.sources),
    questionnaire: category((table) => table.questionnaire),
    pseudonym: category((table) => table.pseudonym),
    sector: category((table) => table.sector),
    legalForm: category((table) => table.legalForm),
    memberBand: category((table) => table.memberBand),
    province: category((table) => table.province),
    foundingDecade: category((table) => table.foundingDecade),
    year: concatenated(
      parts.map((table) => table.year),
      (length) => new Float64Array(length),
    ),
    k: concatenated(
      parts.map((table) => table.k),
      (length) => new Int32Array(length),
    ),
    respondents: concatenated(
      parts.map((table) => table.respondents),
      (length) => new Int32Array(length),
    ),
    means: floats((table) => table.means, conditionIds),
    memberships: floats((table) => table.memberships, conditionIds),
    iqrs: floats((table) => table.iqrs, conditionIds),
    routeMemberships: floats((table) => table.routeMemberships, routeIds),
    routeFits: mergedKeyed(
      parts.map((table) => ({ n: table.n, columns: table.routeFits })),
      routeIds,
      (length) => new Uint8Array(length),
      0,
    ),
    viability: concatenated(
      parts.map((table) => table.viability),
      (length) => new Float64Array(length),
    ),
    necessaryMissing: concatenated(
      parts.map((table) => table.necessaryMissing),
      (length) => new Uint8Array(length),
    ),
    respondentRow,
    respondentIds: parts.flatMap((table) => table.respondentIds),
    itemIds,
    answers,
  };
}
