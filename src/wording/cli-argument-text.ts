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
  | { code: 'wrong-format-for-score'; format: string }
  | { code: 'no-such-file'; path: string }
  | { code: 'no-json-files'; paths: string[] }
  | { code: 'no-questionnaires'; dir: string }
  | { code: 'unknown-command'; name: string }
  | { code: 'unexpected-error' }
  | { code: 'different-questionnaires'; from: string; to: string }
  | { code: 'study-new-usage' }
  | { code: 'study-limits'; levels: { id: string; top: number }[] }
  | { code: 'study-or-key' }
  | { code: 'study-key-empty'; path: string }
  | { code: 'anonymise-usage' };

/** The codes, so a test can word each one. */
export const cliArgumentCodes = [
  'bad-option',
  'no-inputs',
  'criteria-unreadable',
  'criteria-not-json',
  'criteria-invalid',
  'wrong-format-for-score',
  'no-such-file',
  'no-json-files',
  'no-questionnaires',
  'unknown-command',
  'unexpected-error',
  'different-questionnaires',
  'study-new-usage',
  'study-limits',
  'study-or-key',
  'study-key-empty',
  'anonymise-usage',
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
    case 'no-such-file':
    case 'study-key-empty':
      return t(key, { path: problem.path });
    case 'no-json-files':
      return t(key, { paths: problem.paths.join(', ') });
    case 'no-questionnaires':
      return t(key, { dir: problem.dir });
    case 'unknown-command':
      return t(key, { name: problem.name });
    case 'different-questionnaires':
      return t(key, { from: problem.from, to: problem.to });
    case 'study-limits':
      return t(key, {
        levels: problem.levels.map(({ id, top }) => `${id} 0–${top}`).join(', '),
      });
    case 'unexpected-error':
    case 'study-new-usage':
    case 'study-or-key':
    case 'anonymise-usage':
      return t(key);
  }
}
