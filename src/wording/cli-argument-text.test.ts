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
