// The command line's problems with what it was given (options, a criteria file, a file of another
// format) as codes with their values, and their words: scripts return the code, this says it.
import { englishTranslate } from './english';
import type { Translate } from './translate';

/** What is wrong with a command's arguments or with a file it was given. */
export type CliArgumentProblem =
  | { code: 'bad-option'; detail: string }
  | { code: 'no-inputs' }
  | { code: 'criteria-unreadable'; path: string }
  | { code: 'criteria-not-json'; path: string }
  | { code: 'criteria-invalid'; path: string; problems: { at: string; message: string }[] }
  | { code: 'wrong-format-for-score'; format: string };

/** The codes, so a test can word each one. */
export const cliArgumentCodes = [
  'bad-option',
  'no-inputs',
  'criteria-unreadable',
  'criteria-not-json',
  'criteria-invalid',
  'wrong-format-for-score',
] as const satisfies readonly CliArgumentProblem['code'][];

/** One problem in words; the command line's English unless another language is handed in. */
export function cliArgumentText(
  problem: CliArgumentProblem,
  t: Translate = englishTranslate,
): string {
  const key = `cliArgument.${problem.code}`;
  switch (problem.code) {
    case 'bad-option':
      return t(key, { detail: problem.detail });
    case 'no-inputs':
      return t(key);
    case 'criteria-unreadable':
    case 'criteria-not-json':
      return t(key, { path: problem.path });
    case 'criteria-invalid':
      return t(key, {
        path: problem.path,
        problems: problem.problems
          .map(({ at, message }) => `${at || t('cliArgument.wholeFile')}: ${message}`)
          .join('; '),
      });
    case 'wrong-format-for-score':
      return t(key, { format: problem.format });
  }
}
