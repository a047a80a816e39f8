import type { ResearchTable } from './research-table';

/** Which scans of one collective (one pseudonym) are cases: its latest, its first, or every scan. */
export const caseChoices = ['latest', 'first', 'all'] as const;
export type CaseChoice = (typeof caseChoices)[number];
export const defaultCaseChoice: CaseChoice = 'latest';

/** How the cases were chosen, printed with every figure and export. */
export type CaseSelection = {
  choice: CaseChoice;
  /** cases in the figures */
  cases: number;
  /** distinct pseudonyms among the results */
  pseudonyms: number;
  /** results without a pseudonym: each its own case */
  withoutPseudonym: number;
  /** scans left out because another scan of the same pseudonym is its case */
  scansLeftOut: number;
};

/**
 * The rows that are cases, in table order: per pseudonym its latest or first scan by scan year (of
 * one year, the one read last or first; an unknown year counts as earliest), or every scan; a result
 * without a pseudonym is always its own case.
 */
export function selectCaseRows(
  table: ResearchTable,
  choice: CaseChoice,
): { rows: number[]; selection: CaseSelection } {
  const { codes, values } = table.pseudonym;
  const chosen = new Map<number, number>();
  let withoutPseudonym = 0;
  const year = (row: number) => {
    const y = table.year[row] as number;
    return Number.isNaN(y) ? -Infinity : y;
  };
  for (let row = 0; row < table.n; row += 1) {
    const code = codes[row] as number;
    if (values[code] === null || values[code] === undefined) {
      withoutPseudonym += 1;
      continue;
    }
    const earlier = chosen.get(code);
    const isBetter =
      earlier === undefined ||
      (choice === 'latest' ? year(row) >= year(earlier) : year(row) < year(earlier));
    if (isBetter) chosen.set(code, row);
  }
  const picked = new Set(chosen.values());
  const rows: number[] = [];
  for (let row = 0; row < table.n; row += 1) {
    const value = values[codes[row] as number];
    if (choice === 'all' || value === null || value === undefined || picked.has(row))
      rows.push(row);
  }
  return {
    rows,
    selection: {
      choice,
      cases: rows.length,
      pseudonyms: chosen.size,
      withoutPseudonym,
      scansLeftOut: table.n - rows.length,
    },
  };
}
