import type { OutcomeCsvProblem } from './outcome-csv';
import type { ResearchTable } from './research-table';

/** At most this many pseudonyms are listed per warning; the counts say how many there are. */
export const outcomeListed = 200;

/** How an outcome file met the loaded results: what was refused, and what did not match either way. */
export type OutcomeCheck = {
  /** the file's refused lines (and header problems) */
  problems: OutcomeCsvProblem[];
  /** cases whose pseudonym has an outcome */
  matched: number;
  /** cases with a pseudonym but no outcome: count, and the first pseudonyms */
  withoutOutcome: { count: number; pseudonyms: string[] };
  /** outcomes whose pseudonym is in no loaded result */
  withoutResult: { count: number; pseudonyms: string[] };
};

/**
 * Matches the outcome values to the cases (`cases`) and to every loaded result (`loaded`): an outcome
 * file that matches no case is an error for the caller, never a figure of n = 0.
 */
export function matchOutcome({
  cases,
  loaded,
  byPseudonym,
  problems,
}: {
  cases: ResearchTable;
  loaded: ResearchTable;
  byPseudonym: Record<string, number>;
  problems: OutcomeCsvProblem[];
}): OutcomeCheck {
  const withoutOutcome: string[] = [];
  let matched = 0;
  for (let row = 0; row < cases.n; row += 1) {
    const pseudonym = cases.pseudonym.values[cases.pseudonym.codes[row] as number];
    if (pseudonym === null || pseudonym === undefined) continue;
    if (Object.hasOwn(byPseudonym, pseudonym)) matched += 1;
    else withoutOutcome.push(pseudonym);
  }
  const known = new Set(loaded.pseudonym.values);
  const withoutResult = Object.keys(byPseudonym).filter((pseudonym) => !known.has(pseudonym));
  const listed = (all: string[]) => ({
    count: all.length,
    pseudonyms: all.slice(0, outcomeListed),
  });
  return {
    problems,
    matched,
    withoutOutcome: listed([...new Set(withoutOutcome)]),
    withoutResult: listed(withoutResult),
  };
}
