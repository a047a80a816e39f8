import { describe, expect, it } from 'vitest';
import { cliArgumentCodes, cliArgumentText, type CliArgumentProblem } from './cli-argument-text';
import en from './messages/en.json';
import nl from './messages/nl.json';
import { translateFrom } from './translate';

const examples: Record<(typeof cliArgumentCodes)[number], CliArgumentProblem> = {
  'bad-option': { code: 'bad-option', detail: "Unknown option '--nope'" },
  'no-inputs': { code: 'no-inputs' },
  'criteria-unreadable': { code: 'criteria-unreadable', path: 'c.json' },
  'criteria-not-json': { code: 'criteria-not-json', path: 'c.json' },
  'criteria-invalid': {
    code: 'criteria-invalid',
    path: 'c.json',
    problems: [
      { at: 'minScore.culture', message: 'Too big' },
      { at: '', message: 'Unrecognized key' },
    ],
  },
  'wrong-format-for-score': { code: 'wrong-format-for-score', format: 'ck-questionnaire' },
  'no-such-file': { code: 'no-such-file', path: 'a.pdf' },
  'no-json-files': { code: 'no-json-files', paths: ['in', 'more'] },
  'no-questionnaires': { code: 'no-questionnaires', dir: 'empty' },
  'unknown-command': { code: 'unknown-command', name: 'scroe' },
  'unexpected-error': { code: 'unexpected-error' },
  'different-questionnaires': { code: 'different-questionnaires', from: 'ck-a', to: 'ck-b' },
  'study-new-usage': { code: 'study-new-usage' },
  'study-limits': {
    code: 'study-limits',
    levels: [
      { id: 'sector', top: 3 },
      { id: 'size', top: 4 },
    ],
  },
  'study-or-key': { code: 'study-or-key' },
  'study-key-empty': { code: 'study-key-empty', path: 'key.txt' },
  'anonymise-usage': { code: 'anonymise-usage' },
};

describe('cliArgumentText', () => {
  it('says in English what the command line printed before the codes', () => {
    expect(cliArgumentCodes.map((code) => cliArgumentText(examples[code]))).toEqual([
      "Unknown option '--nope'",
      'no files or folders given',
      'cannot read the criteria file c.json',
      'the criteria file c.json is not valid JSON',
      'the criteria file c.json is not valid: minScore.culture: Too big; (file): Unrecognized key',
      'this is a "ck-questionnaire" file; score reads ck-result and ck-response files',
      'a.pdf: no such file',
      'in, more: no JSON files found',
      'empty: no questionnaires found',
      'unknown command "scroe"',
      'an unexpected error stopped the command',
      'ck-a and ck-b are different questionnaires',
      'give "new", a --name of 1 to 120 characters and --out',
      '--k must be a whole number from 1 to 1000, --share pairs like sector=1 (levels: sector 0–3, size 0–4)',
      'give --study or --study-key, not both',
      'key.txt: the study key file is empty',
      'give result files, --out and a whole k of at least 1',
    ]);
  });

  it.each([
    ['nl', translateFrom(nl)],
    ['en', translateFrom(en)],
  ])('words every code in %s, with no key or placeholder left', (_, t) => {
    for (const code of cliArgumentCodes) {
      const text = cliArgumentText(examples[code], t);
      expect(text).not.toMatch(/cliArgument\.|\{\{/);
      expect(text.length).toBeGreaterThan(0);
    }
    expect(cliArgumentText(examples['criteria-not-json'], t)).toContain('c.json');
  });
});
