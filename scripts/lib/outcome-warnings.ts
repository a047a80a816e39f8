// The outcome file's warnings for `selfscan aggregate`: every refused line, every case without an
// outcome and every outcome without a loaded result, as codes with an English sentence each.
import type { OutcomeCheck } from '../../src/domain/research';
import { englishTranslate } from '../../src/wording/english';
import { outcomeProblemText } from '../../src/wording/research-text';

export type OutcomeWarning = {
  code: string;
  line?: number;
  value?: string;
  pseudonym?: string;
  message: string;
};

/** One warning per refused line and per pseudonym that did not match, for `--json` and stderr. */
export function outcomeWarnings(check: OutcomeCheck | null, path: string): OutcomeWarning[] {
  if (!check) return [];
  const warnings: OutcomeWarning[] = check.problems.map((problem) => ({
    ...problem,
    message: `${path}:${problem.line}: ${outcomeProblemText(problem, englishTranslate)}`,
  }));
  for (const pseudonym of check.withoutOutcome.pseudonyms)
    warnings.push({
      code: 'case-without-outcome',
      pseudonym,
      message: `${path}: no outcome for pseudonym ${pseudonym}; that case is left out of fsQCA`,
    });
  for (const pseudonym of check.withoutResult.pseudonyms)
    warnings.push({
      code: 'outcome-without-result',
      pseudonym,
      message: `${path}: pseudonym ${pseudonym} has an outcome but no loaded result`,
    });
  const more = (count: number, listed: number, what: string) =>
    count > listed
      ? [{ code: `more-${what}`, message: `${path}: … ${count - listed} more ${what}` }]
      : [];
  warnings.push(
    ...more(
      check.withoutOutcome.count,
      check.withoutOutcome.pseudonyms.length,
      'case-without-outcome',
    ),
    ...more(
      check.withoutResult.count,
      check.withoutResult.pseudonyms.length,
      'outcome-without-result',
    ),
  );
  return warnings;
}
