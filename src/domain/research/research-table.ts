/**
 * The columns a research batch keeps of its anonymised results: one typed array per figure, so that
 * 100,000 results fit in a few megabytes and every aggregate is a loop over numbers. Built one file at a
 * time (`createTableBuilder`), so a reader never has to hold all texts or parsed files at once.
 * Everything here is structured-cloneable: a worker posts the table to the page as it is.
 */

/** A categorical column: a code per row into `values` (null = unknown). */
export type CategoryColumn = { codes: Int32Array; values: (string | null)[] };

/** Answer codes in `ResearchTable.answers`: likert 1–5; traits yes 1, partly 2, no 3; 0 = don't know; -1 = no answer. */
export const traitCodes = { yes: 1, partly: 2, no: 3 } as const;

export type ResearchTable = {
  n: number;
  conditionIds: string[];
  routeIds: string[];
  /** per row: the result's fresh id */
  resultIds: string[];
  /** per row: the file's digest, and where it was read (file name, or `name:line` in a bundle) */
  digests: string[];
  sources: string[];
  questionnaire: CategoryColumn;
  pseudonym: CategoryColumn;
  sector: CategoryColumn;
  legalForm: CategoryColumn;
  memberBand: CategoryColumn;
  province: CategoryColumn;
  foundingDecade: CategoryColumn;
  /** scan year; NaN when unknown */
  year: Float64Array;
  /** k the file states */
  k: Int32Array;
  respondents: Int32Array;
  /** per condition id: the collective mean on 1–5, NaN when insufficient */
  means: Record<string, Float64Array>;
  /** per condition id: the fuzzy membership, NaN when insufficient */
  memberships: Record<string, Float64Array>;
  iqrs: Record<string, Float64Array>;
  /** per route id: membership (NaN when unknown) and fits (0/1) */
  routeMemberships: Record<string, Float64Array>;
  routeFits: Record<string, Uint8Array>;
  viability: Float64Array;
  /** 1 when a necessary condition is missing */
  necessaryMissing: Uint8Array;
  /** the respondents, one row each: which result they belong to, and their fresh id */
  respondentRow: Int32Array;
  respondentIds: string[];
  /** item ids of the answers kept (likert and traits), and per respondent row × item an answer code */
  itemIds: string[];
  answers: Int8Array;
  /** when the rows are cases chosen one per pseudonym (or every scan): how, for every export */
  caseChoice?: 'latest' | 'first' | 'all';
};
