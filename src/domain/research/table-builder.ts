import type { AnonymisedResultFile } from '../files/anonymised-result-file';
import { questionnaireKey } from '../questionnaire/identity';
import { traitCodes, type CategoryColumn, type ResearchTable } from './research-table';

class Category {
  private readonly lookup = new Map<string | null, number>();
  readonly values: (string | null)[] = [];
  readonly codes: number[] = [];
  add(value: string | null): void {
    let code = this.lookup.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.lookup.set(value, code);
      this.values.push(value);
    }
    this.codes.push(code);
  }
  column(): CategoryColumn {
    return { codes: Int32Array.from(this.codes), values: this.values };
  }
}

/** Grows one number column per key; a key seen late is filled with `missing` for the earlier rows. */
class KeyedColumns {
  readonly columns = new Map<string, number[]>();
  constructor(private readonly missing: number) {}
  set(key: string, row: number, value: number): void {
    let column = this.columns.get(key);
    if (column === undefined) {
      column = new Array<number>(row).fill(this.missing);
      this.columns.set(key, column);
    }
    column[row] = value;
  }
  /** Every column padded to `rows` rows. */
  finish(rows: number): Map<string, number[]> {
    for (const column of this.columns.values()) {
      for (let i = column.length; i < rows; i += 1) column[i] = this.missing;
      for (let i = 0; i < rows; i += 1) if (column[i] === undefined) column[i] = this.missing;
    }
    return this.columns;
  }
}

/** One Int8Array column per key, grown by doubling, so a million respondent rows stay a byte per answer. */
class ByteColumns {
  readonly columns = new Map<string, Int8Array>();
  private capacity = 4096;
  // respondents list their items in the same order: the column of each position is remembered
  private recentKeys: string[] = [];
  private recentColumns: Int8Array[] = [];
  constructor(private readonly missing: number) {}
  /** Sets a row's codes, one per key of `values`; `code` -1 leaves the cell missing. */
  setRow(row: number, values: Record<string, unknown>, code: (value: unknown) => number): void {
    if (row >= this.capacity) this.grow(row);
    let position = 0;
    for (const key in values) {
      const value = code(values[key]);
      if (value !== -1) {
        let column = this.recentKeys[position] === key ? this.recentColumns[position] : undefined;
        if (column === undefined) {
          column = this.columnOf(key);
          this.recentKeys[position] = key;
          this.recentColumns[position] = column;
        }
        column[row] = value;
      }
      position += 1;
    }
  }
  private columnOf(key: string): Int8Array {
    let column = this.columns.get(key);
    if (column === undefined) {
      column = new Int8Array(this.capacity).fill(this.missing);
      this.columns.set(key, column);
    }
    return column;
  }
  private grow(row: number): void {
    while (this.capacity <= row) this.capacity *= 2;
    for (const [key, column] of this.columns) {
      const grown = new Int8Array(this.capacity).fill(this.missing);
      grown.set(column);
      this.columns.set(key, grown);
    }
    this.recentKeys = [];
    this.recentColumns = [];
  }
}

const num = (value: number | null | undefined) => (typeof value === 'number' ? value : NaN);

function answerCode(value: unknown): number {
  if (value === null) return 0;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5)
    return value;
  if (value === 'yes' || value === 'partly' || value === 'no') return traitCodes[value];
  return -1;
}

const records = <T>(keys: string[], make: (key: string) => T) =>
  Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<string, T>;

/** Builds a ResearchTable one anonymised result at a time; `finish` packs the columns into typed arrays. */
export function createTableBuilder() {
  const cat = {
    questionnaire: new Category(),
    pseudonym: new Category(),
    sector: new Category(),
    legalForm: new Category(),
    memberBand: new Category(),
    province: new Category(),
    foundingDecade: new Category(),
  };
  const resultIds: string[] = [];
  const digests: string[] = [];
  const sources: string[] = [];
  const plain = { year: [] as number[], k: [] as number[], respondents: [] as number[] };
  const viability: number[] = [];
  const necessaryMissing: number[] = [];
  const perCondition = {
    means: new KeyedColumns(NaN),
    memberships: new KeyedColumns(NaN),
    iqrs: new KeyedColumns(NaN),
  };
  const perRoute = { memberships: new KeyedColumns(NaN), fits: new KeyedColumns(0) };
  const respondentRow: number[] = [];
  const respondentIds: string[] = [];
  const answers = new ByteColumns(-1);

  /** Adds one result; `source` names where it was read, for the lists of changed and duplicate files. */
  function add(file: AnonymisedResultFile, source = ''): void {
    const row = resultIds.length;
    resultIds.push(file.scan.id);
    digests.push(file.digest);
    sources.push(source);
    cat.questionnaire.add(`${questionnaireKey(file.questionnaire)}#${file.questionnaire.sha256}`);
    const { collective } = file;
    cat.pseudonym.add(collective.pseudonym ?? null);
    cat.sector.add(collective.sector);
    cat.legalForm.add(collective.legalForm);
    cat.memberBand.add(collective.memberBand);
    cat.province.add(collective.province);
    cat.foundingDecade.add(
      collective.foundingDecade === null ? null : String(collective.foundingDecade),
    );
    plain.year.push(num(file.scan.year));
    plain.k.push(file.anonymisation.k);
    plain.respondents.push(file.responses.length);
    viability.push(num(file.scores.viability));
    necessaryMissing.push(file.scores.necessaryMissing.length > 0 ? 1 : 0);
    for (const [id, score] of Object.entries(file.scores.conditions)) {
      perCondition.means.set(id, row, num(score.mean));
      perCondition.memberships.set(id, row, num(score.membership));
      perCondition.iqrs.set(id, row, num(score.iqr));
    }
    for (const [id, path] of Object.entries(file.scores.paths)) {
      perRoute.memberships.set(id, row, num(path.membership));
      perRoute.fits.set(id, row, path.fits ? 1 : 0);
    }
    for (const response of file.responses) {
      const r = respondentRow.length;
      respondentRow.push(row);
      respondentIds.push(response.respondentId);
      answers.setRow(r, response.answers, answerCode);
    }
  }

  function finish(): ResearchTable {
    const n = resultIds.length;
    const floats = (columns: KeyedColumns) => {
      const done = columns.finish(n);
      return records([...done.keys()], (key) => Float64Array.from(done.get(key) ?? []));
    };
    const conditionIds = [...perCondition.means.columns.keys()];
    const routeIds = [...perRoute.memberships.columns.keys()];
    const fits = perRoute.fits.finish(n);
    const itemIds = [...answers.columns.keys()];
    const packed = new Int8Array(respondentRow.length * itemIds.length);
    itemIds.forEach((itemId, j) => {
      const column = answers.columns.get(itemId) as Int8Array;
      for (let r = 0; r < respondentRow.length; r += 1)
        packed[r * itemIds.length + j] = column[r] as number;
    });
    return {
      n,
      conditionIds,
      routeIds,
      resultIds,
      digests,
      sources,
      questionnaire: cat.questionnaire.column(),
      pseudonym: cat.pseudonym.column(),
      sector: cat.sector.column(),
      legalForm: cat.legalForm.column(),
      memberBand: cat.memberBand.column(),
      province: cat.province.column(),
      foundingDecade: cat.foundingDecade.column(),
      year: Float64Array.from(plain.year),
      k: Int32Array.from(plain.k),
      respondents: Int32Array.from(plain.respondents),
      means: floats(perCondition.means),
      memberships: floats(perCondition.memberships),
      iqrs: floats(perCondition.iqrs),
      routeMemberships: floats(perRoute.memberships),
      routeFits: records(routeIds, (id) => Uint8Array.from(fits.get(id) ?? [])),
      viability: Float64Array.from(viability),
      necessaryMissing: Uint8Array.from(necessaryMissing),
      respondentRow: Int32Array.from(respondentRow),
      respondentIds,
      itemIds,
      answers: packed,
    };
  }

  return {
    add,
    finish,
    get count() {
      return resultIds.length;
    },
  };
}

/** A ResearchTable of the given files. */
export function buildResearchTable(files: Iterable<AnonymisedResultFile>): ResearchTable {
  const builder = createTableBuilder();
  for (const file of files) builder.add(file, file.scan.id);
  return builder.finish();
}
