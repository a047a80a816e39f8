// Words for the research section's refusals and outcome-file problems, in the app and in
// `selfscan aggregate` / `anonymise`: one sentence per code, whoever shows it.
import type { AnonymiseRefusal } from '../domain/research/anonymise';
import type { OutcomeCsvProblem } from '../domain/research/outcome-csv';
import type { ResearchRefusal } from '../domain/research/read-batch';
import type { Translate } from './translate';

/** Why a file or a line of a bundle was not loaded for research. */
export function researchRefusalText(
  refusal: Pick<ResearchRefusal, 'code' | 'params'>,
  t: Translate,
) {
  const { paths, fields, by, ...rest } = refusal.params;
  return t(`researchCodes.refusal.${refusal.code}`, {
    ...rest,
    paths: paths?.join(', ') ?? '',
    fields: fields?.join(', ') ?? '',
    by: by ? t(`researchCodes.duplicateBy.${by}`) : '',
  });
}

/** Why a result was left out of an anonymised export. */
export const anonymiseRefusalText = (refusal: AnonymiseRefusal, t: Translate) =>
  t(`researchCodes.refusal.${refusal.code}`);

/** A problem of an outcome file, with its line. */
export const outcomeProblemText = (problem: OutcomeCsvProblem, t: Translate) =>
  t(`researchCodes.outcomeCsv.${problem.code}`, { line: problem.line, value: problem.value ?? '' });
